// The bot token goes only to Slack's own file hosts (and, in tests, to the SLACK_API_URL stand-in):
// a message's file URL is data from the message, and a crafted one must not receive `Bearer xoxb-…`.

import { isUrlOnHosts } from '../file-url.js';

/** Slack serves private files from files.slack.com (files-edu.slack.com and the like on some plans). */
const SLACK_FILE_HOST = /^files(-[a-z0-9]+)?\.slack\.com$/;

/** True when `url` may be fetched with the bot token: https on a Slack file host, or the configured API's origin. */
export function isSlackFileUrl(url: string, apiUrl?: string): boolean {
  return isUrlOnHosts(url, SLACK_FILE_HOST, apiUrl);
}
