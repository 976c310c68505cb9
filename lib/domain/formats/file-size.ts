/** Sizes in refusals: MB (1,000,000 bytes) with one decimal, rounded up, so 50,000,001 bytes is 50.1 MB, not "50.0 MB, over 50 MB". */
export const megabytesUp = (bytes: number): string => (Math.ceil(bytes / 100_000) / 10).toFixed(1);
