// demo/sheet.html's script: the page's logic lives in sheet-page.ts, where the tests reach it.
import { mountSheetPage } from './sheet-page.js';

mountSheetPage(document.getElementById('sheet-page')!);
