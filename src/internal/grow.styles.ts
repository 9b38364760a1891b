import { css } from 'lit';

/**
 * A bar that grows in from its start once, when first drawn (the ranking's bars, the
 * target's progress), and not at all under reduced motion.
 */
export const growStyles = css`
  .grow {
    transform-box: fill-box;
    transform-origin: left;
    animation: dx-grow 0.5s cubic-bezier(0.33, 1, 0.68, 1);
  }
  @keyframes dx-grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .grow {
      animation: none;
    }
  }
`;
