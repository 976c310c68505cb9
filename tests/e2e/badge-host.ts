/** The page badge's host: a plain element right under <html> (it carries no id or name of ours). */
export const BADGE_HOST = 'html > div';
