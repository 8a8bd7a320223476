import { startOffscreenOcr } from '../../lib/images/offscreen';

// Wiring only: the background opens this document (chrome.offscreen) when an image needs OCR.
startOffscreenOcr();
