import { inBoth, translate, type Locale, type MessageParams, type StringTable } from '../format/messages.js';
import { isolate } from '../format/text.js';
import { MAX_FEED_BYTES } from '../spec/limits.js';

/**
 * The command-line tool's own words, [vi, en] side by side like `src/format/messages.ts`.
 * Validation messages come from the validator itself; these are the tool's.
 */
const TABLE = {
  usage: [
    `dx-widgets: công cụ cho nhóm số liệu (định dạng chỉ số 1)

  dx-widgets validate TỆP_HOẶC_URL…   kiểm tra tệp JSON; mã thoát 0 hợp lệ, 1 không hợp lệ, 2 không đọc được
      --json                         báo cáo máy đọc được (cho CI)
  dx-widgets from-csv TỆP.csv > feed.json
      --decimal-comma                số viết kiểu Việt Nam: 97,27 và 320.000
      --source TÊN [--source-url URL] --area-code MÃ --area-name TÊN --as-of NĂM
                                     nguồn, địa bàn, thời điểm chung cho cả tệp
      -o, --output TỆP               ghi ra tệp thay vì màn hình; không ghi đè tệp đã có
      --force                        thay tệp -o đã có (không bao giờ thay tệp đầu vào)
                                     ghi không được: mã thoát 2; Ctrl-C khi đang ghi: mã thoát 130;
                                     cả hai không ghi gì và giữ nguyên tệp cũ
  dx-widgets preview FEED.json|URL|- [--port 5180]   xem trước trên http://127.0.0.1:5180/
  dx-widgets from-xlsx TỆP.xlsx [--sheet TÊN] > feed.json
                                     như from-csv, đọc thẳng bảng tính Excel (trang đầu, hoặc TÊN)

  Mỗi tệp, URL hoặc đầu vào chuẩn (-) đọc được tối đa 50 MB; tệp trống (hay chỉ có khoảng trắng) hoặc - không có gì chuyển vào: mã thoát 2.

  --lang vi|en   ngôn ngữ thông báo (mặc định vi) · --help · --version`,
    `dx-widgets: tools for data teams (indicator format 1)

  dx-widgets validate FILE_OR_URL…    check JSON files; exit 0 valid, 1 invalid, 2 unreadable
      --json                         a machine-readable report (for CI)
  dx-widgets from-csv FILE.csv > feed.json
      --decimal-comma                Vietnamese number writing: 97,27 and 320.000
      --source NAME [--source-url URL] --area-code CODE --area-name NAME --as-of YEAR
                                     source, area and date shared by the whole file
      -o, --output FILE              write to a file instead of the screen; never over an existing one
      --force                        replace an existing -o file (never the input)
                                     a failed write exits 2, Ctrl-C while writing exits 130;
                                     either way nothing is written and the old file is kept
  dx-widgets preview FEED.json|URL|- [--port 5180]   preview on http://127.0.0.1:5180/
  dx-widgets from-xlsx FILE.xlsx [--sheet NAME] > feed.json
                                     as from-csv, straight from the Excel workbook (its first sheet, or NAME)

  Each file, URL or standard input (-) is read up to 50 MB; an empty one (or one of blank space only), or - with nothing piped in, exits 2.

  --lang vi|en   language of messages (vi by default) · --help · --version`,
  ],
  'usage.error': ['{detail}. Xem: dx-widgets --help', '{detail}. See: dx-widgets --help'],
  'usage.command': ['không có lệnh "{command}"', 'there is no command "{command}"'],
  'usage.files': ['cần ít nhất một tệp hoặc URL', 'at least one file or URL is needed'],
  'usage.one': ['cần đúng một tệp', 'exactly one file is needed'],
  'usage.lang': ['--lang nhận vi hoặc en, không nhận "{lang}"', '--lang takes vi or en, not "{lang}"'],
  'usage.option': [
    'không có tùy chọn {option}; tệp có tên bắt đầu bằng - thì đặt sau --, ví dụ -- "{option}"',
    'there is no option {option}; a file whose name starts with - goes after --, as in -- "{option}"',
  ],
  'usage.value': ['{option} cần một giá trị', '{option} needs a value'],
  'usage.dashed': [
    '{option} cần một giá trị (giá trị bắt đầu bằng - thì viết {long}=-x)',
    '{option} needs a value (one that starts with - is written {long}=-x)',
  ],
  'usage.twice': [
    '{option} được cho hai lần ("{first}" và "{second}"): chỉ cho một lần',
    '{option} is given twice ("{first}" and "{second}"): give it once',
  ],
  'usage.flag': ['{option} không nhận giá trị', '{option} takes no value'],
  'usage.output': [
    '-o nhận tên tệp, ví dụ feed.json, không nhận "{output}"; không có -o thì JSON ra đầu ra chuẩn',
    '-o takes a file name such as feed.json, not "{output}"; without -o the JSON goes to standard output',
  ],
  'usage.port': ['--port nhận số từ 0 đến 65535, không nhận "{port}"', '--port takes a number from 0 to 65535, not "{port}"'],

  // validate
  valid: ['{file}: hợp lệ, {count} chỉ số', '{file}: valid, {count} indicator{s}'],
  invalid: ['{file}: không hợp lệ, {count} lỗi', '{file}: invalid, {count} error{s}'],
  root: ['(cả tài liệu)', '(the document)'],
  unreadable: ['{file}: không đọc được ({detail})', '{file}: cannot be read ({detail})'],
  'read.missing': ['không có tệp này', 'no such file'],
  'read.directory': ['đây là thư mục', 'it is a directory'],
  'read.denied': ['không có quyền đọc tệp này', 'no permission to read the file'],
  'read.stdin': [
    'đầu vào chuẩn trống: không có gì được chuyển vào, ví dụ dx-widgets validate - < feed.json',
    'standard input is empty: nothing was piped or redirected into it, as in dx-widgets validate - < feed.json',
  ],
  'read.empty': ['tệp trống, không có byte nào', 'the file is empty: it holds 0 bytes'],
  'read.emptyurl': ['máy chủ trả về nội dung trống', 'the server sent an empty answer'],
  // Blank space only, after a byte-order mark of UTF-8, UTF-16 or UTF-32 (sheet/blank.ts isBlank): as empty as 0 bytes.
  'read.blank': [
    'tệp trống, chỉ có khoảng trắng (dấu cách, dấu xuống dòng hay dấu BOM)',
    'the file is empty: it holds nothing but blank space (spaces, line breaks or a byte-order mark)',
  ],
  'read.blankurl': ['máy chủ trả về nội dung trống, chỉ có khoảng trắng', 'the server sent an empty answer: nothing but blank space'],
  'read.blankstdin': [
    'đầu vào chuẩn trống, chỉ có khoảng trắng: hãy chuyển tệp vào, ví dụ dx-widgets validate - < feed.json',
    'standard input is empty: it holds nothing but blank space; pipe or redirect a file into it, as in dx-widgets validate - < feed.json',
  ],
  'read.terminal': [
    'đầu vào chuẩn là cửa sổ dòng lệnh, không phải tệp hay ống dẫn: hãy cho tên tệp, hoặc chuyển tệp vào qua ống dẫn hay <, ví dụ dx-widgets validate - < feed.json',
    'standard input is the terminal, not a file or a pipe: give a file name, or pipe or redirect a file into it, as in dx-widgets validate - < feed.json',
  ],
  'read.http': ['máy chủ trả về HTTP {status}', 'the server answered HTTP {status}'],
  'read.network': ['lỗi mạng: {detail}', 'network error: {detail}'],
  'read.timeout': ['quá {seconds} giây không có trả lời', 'no answer within {seconds} seconds'],
  'read.large': ['lớn hơn giới hạn {limit} MB', 'larger than the {limit} MB limit'],
  'read.special': [
    'không phải tệp thường mà là thiết bị, FIFO hay socket; để đọc từ đầu vào chuẩn hãy dùng -',
    'not a regular file but a device, a FIFO or a socket; to read standard input use -',
  ],
  'read.notpermitted': [
    'hệ thống không cho chương trình này đọc tệp, dù quyền của tệp thế nào (trên máy Mac: cho phép ứng dụng terminal trong Cài đặt hệ thống, Quyền riêng tư & Bảo mật, Tệp và thư mục)',
    'the system does not let this program read the file, whatever its permissions say (on a Mac: allow the terminal in System Settings, Privacy & Security, Files and Folders)',
  ],
  'system.full': ['đĩa đã đầy (hoặc đã hết hạn mức của bạn)', 'the disk is full (or your quota on it is used up)'],
  // Said of a read, a write or standard output alike (reasons.ts).
  'system.io': [
    'ổ đĩa hay thư mục mạng không đọc hoặc ghi được (lỗi vào/ra): hãy kiểm tra ổ đĩa hay thẻ nhớ còn cắm, hoặc kết nối mạng, rồi chạy lại',
    'the disk or the network folder failed to read or write (an input/output error): check that the drive or memory card is still plugged in, or the network connection, then run it again',
  ],
  'system.network': [
    'thư mục mạng không trả lời (kết nối tới nó quá thời gian hoặc bị mất): hãy kiểm tra mạng, hoặc kết nối lại thư mục, rồi chạy lại',
    'the network folder did not answer (its connection timed out or was lost): check the network, or connect the folder again, then run it again',
  ],
  'system.stale': [
    'tệp trên thư mục mạng đã bị thay hoặc xoá từ máy khác khi đang dùng: hãy chạy lại',
    'the file changed or went away on the network folder while it was in use (another computer replaced it): run it again',
  ],
  'system.busy': [
    'tệp đang được một chương trình khác dùng (Excel chẳng hạn khoá bảng tính đang mở): hãy đóng nó ở đó rồi chạy lại',
    'the file is in use by another program (Excel, for one, locks a workbook it has open): close it there, then run it again',
  ],
  'system.device': [
    'thiết bị ứng với tên này không có ở đó (đã rút ra, hoặc không có gì ở đầu kia): hãy cắm lại hoặc dùng tệp khác',
    'the device behind this name is not there (unplugged, or nothing at the other end): plug it in again or use another file',
  ],
  'system.denied': ['hệ thống không cho phép', 'the system does not allow it'],
  // EINVAL: most often a name a FAT or exFAT file system (a USB stick, a memory card) refuses.
  'system.invalid': [
    'hệ thống từ chối vì tên tệp hay yêu cầu không hợp lệ: ổ USB, thẻ nhớ hay ổ đĩa Windows không nhận các ký tự " * : < > ? \\ | trong tên tệp; hãy đặt tên khác hoặc dùng thư mục khác',
    'the system refused the file name or the request as invalid: a USB stick, a memory card or a Windows disk takes none of " * : < > ? \\ | in a file name; choose another name, or another folder',
  ],
  // Any other code: named, for the user to look up. The system's description is English only.
  'system.code': [
    'hệ thống dừng lệnh với lỗi {code}: hãy chạy lại; nếu vẫn lỗi, hãy tra mã lỗi này',
    'the system stopped it with the error {described}: run it again; if it fails again, look that code up',
  ],
  // An error with no system code: its own words (English, as the library wrote them).
  'system.message': ['lệnh dừng vì lỗi: {message}', 'it stopped with the error: {message}'],
  'system.unknown': ['lệnh dừng vì một lỗi không rõ: hãy chạy lại', 'it stopped with an unknown error: run it again'],
  'system.files': [
    'quá nhiều tệp đang mở, quá giới hạn của hệ thống (ulimit -n): hãy đóng bớt chương trình rồi chạy lại',
    "too many files are open, past the system's limit (ulimit -n): close some programs and run it again",
  ],
  // Said of any path, read or written: the part of it that stops the system.
  'path.notfolder': ['{path} là tệp, không phải thư mục', '{path} is a file, not a folder'],
  'path.loop': [
    '{path} là liên kết tượng trưng không dẫn tới đâu: các liên kết trỏ vòng vào nhau (hoặc nối nhau quá nhiều tầng)',
    '{path} is a symbolic link that leads nowhere: links pointing round at each other (or too many links in a row)',
  ],
  'path.closed': ['không có quyền mở thư mục {folder}', 'no permission to open the folder {folder}'],
  'path.long': [
    'một tên trong đường dẫn dài {bytes} byte, quá 255 byte mà hệ thống tệp cho phép (mỗi chữ có dấu chiếm 2–3 byte)',
    'a name in the path is {bytes} bytes long, over the 255 a filesystem allows (a Vietnamese letter takes 2 or 3)',
  ],
  'path.length': ['đường dẫn dài {bytes} byte, quá giới hạn của hệ thống', 'the path is {bytes} bytes long, more than the system allows'],
  'feed.size': [
    'lớn {size} MB, quá giới hạn {limit} MB mà các phần tử tải từ src: hãy tách thành nhiều tệp',
    'is {size} MB, over the {limit} MB the elements load from src: split it into several files',
  ],
  encoding: ['không phải UTF-8; hãy lưu tệp với bảng mã UTF-8', 'is not UTF-8; save the file with the UTF-8 encoding'],

  // from-csv
  'csv.encoding': [
    'tệp không phải UTF-8: trong Excel chọn Lưu thành "CSV UTF-8 (Comma delimited)"; Google Sheets luôn xuất UTF-8',
    'the file is not UTF-8: in Excel use Save As "CSV UTF-8 (Comma delimited)"; Google Sheets always exports UTF-8',
  ],
  'csv.workbook': [
    'đây là bảng tính Excel, không phải tệp CSV: hãy đọc nó bằng dx-widgets from-xlsx',
    'this is an Excel workbook, not a CSV file: read it with dx-widgets from-xlsx',
  ],
  'csv.unclosed': ['dấu ngoặc kép mở ở dòng {row} không được đóng', 'the quote opened on row {row} is never closed'],
  'csv.quote': [
    'sau dấu ngoặc kép đóng phải là dấu phân cách hoặc hết dòng; trong ô, viết "" cho một dấu "',
    'a closing quote must be followed by the separator or the end of the row; inside a cell write "" for one "',
  ],
  'csv.header': [
    'dòng tiêu đề (các cột cách nhau bằng , hoặc ;) thiếu cột: {missing}. Các cột của dòng tiêu đề: {found}',
    'the header row (columns separated by , or ;) lacks columns: {missing}. The columns it has: {found}',
  ],
  'csv.none': ['(không có cột nào)', '(none)'],
  'csv.duplicate': ['cột "{column}" xuất hiện hai lần trong dòng tiêu đề', 'the column "{column}" appears twice in the header row'],
  'csv.more': [' và {count} cột khác', ' and {count} more'],
  'csv.unknown': [
    'bỏ qua cột không dùng: {columns} (các cột dùng được: {known})',
    'ignoring columns it does not read: {columns} (the columns it reads: {known})',
  ],
  'csv.extra': [
    'dòng có nhiều ô hơn dòng tiêu đề ({cells} so với {columns})',
    'the row has more cells than the header ({cells} against {columns})',
  ],
  // A cell or flag with C0 or C1 controls (controls.ts), in the words of the validator's text.bidi.
  'text.control': ['có ký tự điều khiển {controls}: hãy xoá', 'holds control characters {controls}: remove them'],
  'text.half': [
    'có nửa ký tự {characters} (surrogate thiếu nửa kia): hãy xoá',
    'holds half a character {characters} (a surrogate without its pair): remove it',
  ],
  'csv.empty': ['không có dòng chỉ số nào dưới dòng tiêu đề', 'there are no indicator rows under the header'],
  'at.cell': ['{file}, dòng {row}, cột {letter} "{column}": {message}', '{file}, row {row}, column {letter} "{column}": {message}'],
  'at.column': [
    '{file}, dòng {row}, cột "{column}" (không có trong tệp): {message}',
    '{file}, row {row}, column "{column}" (not in the file): {message}',
  ],
  'at.row': ['{file}, dòng {row}: {message}', '{file}, row {row}: {message}'],
  'at.flag': ['{file}, {flag}: {message}', '{file}, {flag}: {message}'],
  'at.file': ['{file}: {message}', '{file}: {message}'],
  'csv.failed': ['không ghi JSON: {count} lỗi', 'no JSON written: {count} error{s}'],
  'csv.written': ['đã ghi {file}: {count} chỉ số', 'wrote {file}: {count} indicator{s}'],
  unwritable: ['{file}: không ghi được ({detail})', '{file}: cannot be written ({detail})'],
  'stdout.failed': ['không ghi được ra đầu ra chuẩn ({detail})', 'cannot write to standard output ({detail})'],
  'stdout.input': [
    'đầu ra chuẩn chính là tệp đầu vào: không ghi JSON vào đó. Shell xóa trắng tệp sau dấu > ngay trước khi lệnh chạy; hãy ghi JSON ra tên khác, ví dụ > feed.json hoặc -o feed.json',
    'standard output is the input file itself: no JSON written into it. A shell empties a file given to > before the command starts; give the JSON another name, as in > feed.json or -o feed.json',
  ],
  'write.input': ['đây chính là tệp đầu vào', 'it is the input file itself'],
  'write.exists': ['tệp đã có; thêm --force để thay nó', 'the file exists; add --force to replace it'],
  'write.link': [
    'đây là liên kết tượng trưng; thêm --force để thay chính liên kết (nơi nó trỏ tới không bị ghi)',
    'it is a symbolic link; add --force to replace the link itself (what it points to is never written)',
  ],
  'write.directory': ['đây là thư mục; hãy cho tên tệp, ví dụ {example}', 'it is a folder; give a file name, e.g. {example}'],
  'write.folder': ['không có thư mục {folder}', 'the folder {folder} does not exist'],
  'write.nocreate': [
    'thư mục {folder} có đó, nhưng hệ thống không cho tạo tệp trong nó (như /proc, thư mục của chính hệ thống)',
    'the folder {folder} exists, but the system lets no file be made in it (as /proc, a folder of the system itself)',
  ],
  'write.deleted': [
    'thư mục {folder} đã bị xóa trong khi cửa sổ dòng lệnh vẫn đứng trong nó: hãy cd tới một thư mục có thật rồi chạy lại',
    'the folder {folder} has been deleted, though the terminal is still in it: cd to a folder that exists, then run it again',
  ],
  'write.denied': ['không có quyền ghi vào thư mục {folder}', 'no permission to write in the folder {folder}'],
  'write.protected': [
    'hệ thống không cho thay tệp này (nó thuộc người dùng khác trong một thư mục chung như /tmp, hoặc bị khoá)',
    'the system does not let you replace this file (it belongs to another user in a shared folder such as /tmp, or it is locked)',
  ],
  'write.readonlyfs': [
    'thư mục {folder} nằm trên ổ chỉ đọc (như đĩa CD, ảnh đĩa hay thẻ nhớ bị khoá ghi): hãy ghi vào chỗ khác',
    'the folder {folder} is on a read-only file system (such as a CD, a disk image or a write-protected card): write somewhere else',
  ],
  'write.full': [
    'đĩa đã đầy (hoặc đã hết hạn mức của bạn): không ghi gì, tệp cũ nếu có vẫn nguyên; hãy giải phóng chỗ trống rồi chạy lại',
    'the disk is full (or your quota on it is used up): nothing written, any old file left as it was; free some space and run it again',
  ],
  'write.readonly': ['tệp chỉ đọc; hãy cho phép ghi trước nếu muốn thay nó', 'the file is read-only; make it writable first to replace it'],
  'write.name': [
    'tên tệp có {chars}, ký tự mà ổ USB, thẻ nhớ hay ổ đĩa Windows không nhận: hãy đặt tên khác',
    'the name holds {chars}, which a USB stick, a memory card or a Windows disk does not take in a file name: choose another name',
  ],
  'write.interrupted': ['{file}: không ghi gì, lệnh bị ngắt ({signal})', '{file}: nothing written, interrupted ({signal})'],
  'write.special': ['không phải tệp thường mà là thiết bị, FIFO hay socket', 'not a regular file but a device, a FIFO or a socket'],

  // numbers
  'number.comma': [
    '"{raw}" có dấu phẩy nên không rõ nghĩa (97,27 hay 1,234?): viết với dấu chấm thập phân (97.27) hoặc chạy lệnh với --decimal-comma nếu cả bảng viết kiểu Việt Nam',
    '"{raw}" has a comma, so it is ambiguous (97,27 or 1,234?): write it with a decimal point (97.27) or run with --decimal-comma if the whole sheet uses Vietnamese writing',
  ],
  'number.grouping': [
    '"{raw}" không rõ nghĩa: dấu chấm có thể là dấu thập phân hoặc phân cách hàng nghìn; viết không phân cách (320000) hoặc chạy lệnh với --decimal-comma',
    '"{raw}" is ambiguous: the dot may be a decimal point or a thousands separator; write it without grouping (320000) or run with --decimal-comma',
  ],
  'number.exponent': [
    '"{raw}" là dạng số mũ (Excel làm tròn khi hiển thị); hãy viết đủ các chữ số',
    '"{raw}" is in exponent form (Excel rounds it for display); write every digit',
  ],
  'number.percent': ['"{raw}" có dấu %, nhưng đơn vị của chỉ số không phải %', '"{raw}" has a % sign but the indicator\'s unit is not %'],
  'number.format': ['"{raw}" không phải số; ví dụ đúng: 97.27, 320000{hint}', '"{raw}" is not a number; for example: 97.27, 320000{hint}'],
  'number.mixed': [
    'cột viết số theo hai kiểu, dấu chấm thập phân ({point}) và kiểu Việt Nam ({comma}), nên không ô nào đọc chắc được: viết cả cột một kiểu (với --decimal-comma: 97,27 và 1.234 hoặc 1234)',
    'the column writes numbers two ways, with a decimal point ({point}) and the Vietnamese way ({comma}), so no cell can be read for sure: write the whole column one way (with --decimal-comma: 97,27 and 1.234 or 1234)',
  ],
  'number.hint': [', hoặc với --decimal-comma: 97,27, 320.000, 1.234,5', ', or with --decimal-comma: 97,27, 320.000, 1.234,5'],

  // preview
  'preview.build': ['không có {file}: chạy npm run build trước', '{file} is missing: run npm run build first'],
  'preview.port': ['cổng {port} đang bận; chọn cổng khác với --port', 'port {port} is in use; choose another with --port'],
  'preview.privileged': [
    'cổng {port} dành cho quản trị hệ thống (các cổng dưới 1024); chọn cổng từ 1024 trở lên với --port, hoặc bỏ --port để dùng cổng 5180',
    'port {port} is kept for the system administrator (the ports under 1024); choose one from 1024 up with --port, or leave --port out for 5180',
  ],
  'preview.failed': ['không mở được bản xem trước ở cổng {port} ({detail})', 'cannot start the preview on port {port} ({detail})'],
  'preview.listening': ['Xem trước {file} tại {url} (Ctrl-C để dừng)', 'Previewing {file} at {url} (Ctrl-C to stop)'],
  'preview.title': ['Xem trước {file}', 'Preview of {file}'],
  'preview.intro': [
    '{count} chỉ số, vẽ bằng chính các phần tử người đọc sẽ thấy. Sửa tệp rồi tải lại trang.',
    '{count} indicator{s}, drawn by the very elements readers will see. Edit the file, then reload the page.',
  ],
  'preview.once': [
    '{count} chỉ số, vẽ bằng chính các phần tử người đọc sẽ thấy. Số liệu được đọc một lần khi khởi động: chạy lại lệnh để đọc lại.',
    '{count} indicator{s}, drawn by the very elements readers will see. The feed was read once, at start: run the command again to re-read it.',
  ],
  'preview.host': [
    'Bản xem trước chỉ trả lời địa chỉ 127.0.0.1 hoặc localhost của chính nó.',
    'This preview answers only at its own 127.0.0.1 or localhost address.',
  ],
  'preview.errors': [
    'Tệp chưa hợp lệ ({count} lỗi); các phần tử bị ảnh hưởng sẽ báo lỗi tại chỗ:',
    'The file is not valid yet ({count} error{s}); the affected elements show the error in place:',
  ],
  'preview.unreadable': ['Không đọc được {file}: {detail}', 'Cannot read {file}: {detail}'],
  'preview.missing': ['phần tử <{tag}> chưa có trong dist/dx-widgets.js', '<{tag}> is not in dist/dx-widgets.js yet'],
  'preview.other': ['English', 'Tiếng Việt'],
  // Under the cards of `preview` and the sheet page, past MAX_CARDS (src/board/choose.ts firstCards).
  'preview.omitted': [
    'Còn {count} chỉ số có trong tệp nhưng không vẽ ở đây: như <dx-board>, bản xem trước chỉ vẽ {most} chỉ số đầu tiên.',
    '{count} more indicator{s} {are} in the feed but not drawn here: like <dx-board>, the preview draws the first {most}.',
  ],
  // Under the sheet page's list of problems, past SHOWN_PROBLEMS (demo/sheet-page.ts).
  'problems.omitted': [
    'Còn {count} lỗi nữa không liệt kê ở đây: sửa những lỗi trên rồi chọn lại tệp.',
    '{count} more problem{s} {are} not listed here: fix those above and choose the file again.',
  ],
} satisfies StringTable;

export type CliKey = keyof typeof TABLE;

/**
 * The English plural of a count: `{s}` ("1 error", "2 errors") and `{are}` ("1 more problem is")
 * follow `params.count` unless given; a count formatted for reading ("1,050") counts as its
 * number. Vietnamese has no plural: its strings use neither.
 */
function counted(params?: MessageParams): MessageParams | undefined {
  if (params?.count === undefined) return params;
  const one = Number(String(params.count).replace(/[,.\s]/g, '')) === 1;
  return { s: one ? '' : 's', are: one ? 'is' : 'are', ...params };
}

/**
 * A CLI string in `locale`, `{name}` holes filled from `params` as they are: the terminal gets
 * every control character escaped (output.ts), which shows a bidi control where isolating the
 * text for a page would drop it.
 */
export const say = (locale: Locale, key: CliKey, params?: MessageParams): string => translate(TABLE, locale, key, counted(params), String);

/**
 * A CLI string in both languages, shaped like a validation error's message: its values whole
 * (isolated, not clipped as a page's message box clips them), a long path named as it is. A
 * reader's text in it (a cell, a column name) is clipped where it is quoted (sheet/rows.ts).
 */
export const both = (key: CliKey, params?: MessageParams): { vi: string; en: string } => inBoth(TABLE, key, counted(params), isolate);

/** A size in MB, one decimal, beside the elements' limit: the params of the `feed.size` message. */
export const feedSize = (bytes: number) => ({ size: (bytes / 1024 / 1024).toFixed(1), limit: MAX_FEED_BYTES / 1024 / 1024 });
