// The playground: a chat channel in the browser that talks to the same dispatcher as Discord and Slack.
/* global document, location, localStorage, fetch, Blob, URL, URLSearchParams, atob */
import { renderMarkdown } from './markdown.js';

const UI = {
  en: {
    channel: 'playground',
    topic: 'Try the bot here: no Discord or Slack account needed.',
    language: 'Language',
    send: 'Send',
    placeholder: 'Message #playground, e.g. /backprop preset:mazur',
    inputHint:
      'Enter sends · Shift+Enter adds a line (lines after the first are the network definition) · Tab completes',
    you: 'you',
    bot: 'backprop-tutor',
    botTag: 'BOT',
    thinking: 'backprop-tutor is thinking',
    onlyYou: 'Only you can see this',
    download: 'Download',
    show: 'Show',
    hide: 'Hide',
    themeDark: '◐ Dark',
    themeLight: '☼ Light',
    welcome:
      '**Welcome!** This is a local stand-in for a Discord or Slack channel. Type a command below, or click one of these:',
    networkError: 'The server did not answer',
    attach: 'Attach a text file (its text becomes the lines after the first)',
    fileNotText: (name) => `${name} is not a text file. Choose a .txt, .md, .csv or .json file.`,
    fileTooBig: (name, limit) => `${name} is over ${limit} characters, the most one message may carry.`,
  },
  fa: {
    channel: 'playground',
    topic: 'ربات را همین‌جا امتحان کنید؛ بدون حساب دیسکورد یا اسلک.',
    language: 'زبان',
    send: 'ارسال',
    placeholder: 'پیام به #playground، مثلاً /backprop preset:mazur',
    inputHint: 'Enter می‌فرستد · Shift+Enter سطر تازه (سطرهای بعد از اول، تعریف شبکه‌اند) · Tab کامل می‌کند',
    you: 'شما',
    bot: 'backprop-tutor',
    botTag: 'ربات',
    thinking: 'backprop-tutor در حال فکر کردن است',
    onlyYou: 'فقط شما این پیام را می‌بینید',
    download: 'دانلود',
    show: 'نمایش',
    hide: 'بستن',
    themeDark: '◐ تیره',
    themeLight: '☼ روشن',
    welcome:
      '**خوش آمدید!** این‌جا جایگزین محلی یک کانال دیسکورد یا اسلک است. فرمانی بنویسید یا روی یکی از این‌ها بزنید:',
    networkError: 'سرور پاسخ نداد',
    attach: 'پیوست فایل متنی (متن آن سطرهای بعد از سطر اول می‌شود)',
    fileNotText: (name) =>
      `\u2068${name}\u2069 فایل متنی نیست. یک فایل ‎.txt‎، ‎.md‎، ‎.csv‎ یا ‎.json‎ انتخاب کنید.`,
    fileTooBig: (name, limit) =>
      `\u2068${name}\u2069 بیش از ${limit} نویسه است، یعنی بیشترین اندازهٔ یک پیام.`,
  },
};

const params = new URLSearchParams(location.search);
const state = {
  locale: params.get('lang') ?? localStorage.getItem('lang') ?? 'en',
  theme: params.get('theme') ?? localStorage.getItem('theme') ?? 'dark',
  commands: [],
  history: [],
  historyIndex: -1,
  suggestions: [],
  selected: 0,
};
if (!UI[state.locale]) state.locale = 'en';
if (state.theme !== 'dark' && state.theme !== 'light') state.theme = 'dark';

const $ = (id) => document.getElementById(id);
const messages = $('messages');
const input = $('input');
const list = $('suggestions');
const ui = () => UI[state.locale];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function time() {
  return new Date().toLocaleTimeString(state.locale === 'fa' ? 'fa-IR' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** One message in the channel: avatar, author line, then the body the caller fills. */
function addMessage(author, options = {}) {
  const message = element('article', `message ${author === 'bot' ? 'from-bot' : 'from-user'}`);
  if (options.kind === 'user-error') message.classList.add('user-error');
  const avatar = element('div', 'avatar', author === 'bot' ? '∂' : ui().you.slice(0, 1).toUpperCase());
  const main = element('div', 'message-main');
  const header = element('div', 'message-header');
  header.append(element('span', 'author', author === 'bot' ? ui().bot : ui().you));
  if (author === 'bot') header.append(element('span', 'bot-tag', ui().botTag));
  header.append(element('span', 'timestamp', time()));
  const body = element('div', 'message-body');
  main.append(header, body);
  message.append(avatar, main);
  messages.append(message);
  messages.scrollTop = messages.scrollHeight;
  return { message, body };
}

function fileCard(file) {
  const card = element('div', 'file-card');
  const icon = element('span', 'file-icon', 'MD');
  const name = element('span', 'file-name', file.name);
  const size = element('span', 'file-size', `${(new Blob([file.content]).size / 1024).toFixed(1)} KB`);
  const download = element('a', 'file-download', ui().download);
  download.href = URL.createObjectURL(new Blob([file.content], { type: 'text/markdown;charset=utf-8' }));
  download.download = file.name;
  const toggle = element('button', 'file-toggle', ui().show);
  toggle.type = 'button';
  const preview = element('div', 'file-preview');
  preview.hidden = true;
  toggle.addEventListener('click', () => {
    if (!preview.firstChild) preview.innerHTML = renderMarkdown(file.content);
    preview.hidden = !preview.hidden;
    toggle.textContent = preview.hidden ? ui().show : ui().hide;
  });
  card.append(icon, name, size, toggle, download);
  const wrapper = element('div', 'file');
  wrapper.append(card, preview);
  return wrapper;
}

function pngBlob(dataUrl) {
  const bytes = Uint8Array.from(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'image/png' });
}

/** A reply reads in its own language's direction (an English answer on the Persian page stays left-to-right). */
const directionOf = (text) => (/[\u0600-\u06FF]/.test(text) ? 'rtl' : 'ltr');

function showReply(body, reply) {
  body.dir = directionOf(reply.text);
  body.innerHTML = renderMarkdown(reply.text);
  for (const image of reply.images) {
    // Browsers refuse to open data: URLs in a new tab, so the image gets a blob: URL of its own.
    const url = URL.createObjectURL(pngBlob(image.src));
    const link = element('a', 'image-link');
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener';
    const img = element('img', 'reply-image');
    img.src = url;
    img.alt = image.alt;
    img.title = image.name;
    link.append(img);
    body.append(link);
  }
  for (const file of reply.files) body.append(fileCard(file));
  if (reply.visibility === 'private') body.append(element('div', 'only-you', ui().onlyYou));
  messages.scrollTop = messages.scrollHeight;
}

async function send(line) {
  if (!line.trim()) return;
  const user = addMessage('user');
  user.body.dir = 'auto';
  user.body.innerHTML = renderMarkdown(
    line.includes('\n') ? line.replace(/\n([\s\S]*)$/, '\n```\n$1\n```') : line,
  );
  const bot = addMessage('bot');
  bot.message.classList.add('thinking');
  bot.body.append(element('span', 'thinking-text', ui().thinking), element('span', 'dots'));
  try {
    // JSON to this page's own origin only: the server refuses anything else (415, 403) and rate-limits (429).
    const response = await fetch('/api/command', {
      method: 'POST',
      mode: 'same-origin',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ line, locale: state.locale, theme: state.theme, as: actingAs() }),
    });
    // A refusal may be plain text (413 for a body over the limit): show its words, never a parse error.
    const raw = await response.text();
    let json;
    try {
      json = JSON.parse(raw);
    } catch {
      json = { error: raw.trim() || String(response.status) };
    }
    bot.message.classList.remove('thinking');
    if (!response.ok) {
      bot.message.classList.add('user-error');
      showReply(bot.body, {
        text: `⚠️ ${json.error ?? response.status}`,
        images: [],
        files: [],
        visibility: 'private',
      });
      return;
    }
    if (json.reply.kind === 'user-error') bot.message.classList.add('user-error');
    showReply(bot.body, json.reply);
  } catch (error) {
    bot.message.classList.remove('thinking');
    bot.message.classList.add('user-error');
    showReply(bot.body, {
      text: `⚠️ ${ui().networkError}: ${error.message}`,
      images: [],
      files: [],
      visibility: 'private',
    });
  }
}

// --- autocomplete: commands after "/", then options, then an option's values

/** The token under the caret on the first line, and where it starts. */
function currentToken() {
  const before = input.value.slice(0, input.selectionStart);
  if (before.includes('\n')) return undefined;
  const match = /(\S*)$/.exec(before);
  return { text: match[1], start: before.length - match[1].length, before };
}

function computeSuggestions() {
  const token = currentToken();
  if (!token || !input.value.startsWith('/')) return [];
  const words = token.before.trimStart().split(/\s+/);
  if (words.length === 1) {
    const typed = token.text.slice(1).toLowerCase();
    return state.commands
      .filter((c) => c.name.startsWith(typed))
      .map((c) => ({ label: `/${c.name}`, detail: c.description, insert: `/${c.name} `, start: 0 }));
  }
  const command = state.commands.find((c) => `/${c.name}` === words[0].toLowerCase());
  if (!command) return [];
  const colon = token.text.indexOf(':');
  if (colon > 0) {
    const option = command.options.find((o) => o.name === token.text.slice(0, colon).toLowerCase());
    if (!option || !option.choices) return [];
    const partial = token.text.slice(colon + 1).toLowerCase();
    return option.choices
      .filter((choice) => choice.toLowerCase().startsWith(partial))
      .slice(0, 25)
      .map((choice) => ({
        label: `${option.name}:${choice}`,
        detail: option.choiceDetails?.[choice] ?? option.description,
        insert: `${option.name}:${choice} `,
        start: token.start,
      }));
  }
  const used = new Set(words.slice(1, -1).map((w) => w.split(':')[0].toLowerCase()));
  return command.options
    .filter((o) => !used.has(o.name) && o.name.startsWith(token.text.toLowerCase()))
    .map((o) => ({
      label: `${o.name}:`,
      detail: `${o.description}${o.choices ? `  (${o.choices.slice(0, 6).join(' | ')})` : ''}`,
      insert: `${o.name}:`,
      start: token.start,
    }));
}

function renderSuggestions() {
  list.replaceChildren();
  list.hidden = state.suggestions.length === 0;
  state.suggestions.forEach((suggestion, index) => {
    const item = element('li', index === state.selected ? 'suggestion selected' : 'suggestion');
    item.setAttribute('role', 'option');
    item.append(
      element('span', 'suggestion-label', suggestion.label),
      element('span', 'suggestion-detail', suggestion.detail),
    );
    item.addEventListener('mousedown', (event) => {
      event.preventDefault();
      accept(index);
    });
    list.append(item);
  });
}

function refreshSuggestions() {
  state.suggestions = computeSuggestions();
  state.selected = 0;
  renderSuggestions();
}

function accept(index) {
  const suggestion = state.suggestions[index];
  if (!suggestion) return;
  const caret = input.selectionStart;
  input.value = input.value.slice(0, suggestion.start) + suggestion.insert + input.value.slice(caret);
  const position = suggestion.start + suggestion.insert.length;
  input.setSelectionRange(position, position);
  input.focus();
  autosize();
  refreshSuggestions();
}

function autosize() {
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 240)}px`;
}

function submit() {
  const line = input.value;
  if (!line.trim()) return;
  state.history.push(line);
  state.historyIndex = -1;
  input.value = '';
  autosize();
  refreshSuggestions();
  send(line);
}

input.addEventListener('keydown', (event) => {
  const open = state.suggestions.length > 0;
  if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    state.selected = (state.selected + step + state.suggestions.length) % state.suggestions.length;
    renderSuggestions();
  } else if (open && event.key === 'Tab') {
    event.preventDefault();
    accept(state.selected);
  } else if (open && event.key === 'Escape') {
    state.suggestions = [];
    renderSuggestions();
  } else if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    submit();
  } else if (event.key === 'ArrowUp' && !input.value && state.history.length > 0) {
    event.preventDefault();
    input.value = state.history[state.history.length - 1];
  }
});
input.addEventListener('input', () => {
  autosize();
  refreshSuggestions();
});
input.addEventListener('click', refreshSuggestions);
input.addEventListener('blur', () => {
  state.suggestions = [];
  renderSuggestions();
});
$('send').addEventListener('click', submit);

// --- an attached text file: its text becomes the message's body (as a file attached on Discord or Slack)

/** The same limit as a typed solution or a file attached on Discord and Slack. */
const FILE_TEXT_LIMIT = 20000;
const TEXT_FILE = /\.(txt|md|markdown|csv|tsv|json|tex)$/i;

function refuseFile(text) {
  const { message, body } = addMessage('bot');
  message.classList.add('user-error');
  showReply(body, { text: `⚠️ ${text}`, images: [], files: [], visibility: 'private' });
}

$('attach').addEventListener('click', () => $('file').click());
$('file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  event.target.value = '';
  if (!file) return;
  if (!(file.type.startsWith('text/') || file.type === 'application/json' || TEXT_FILE.test(file.name)))
    return refuseFile(ui().fileNotText(file.name));
  // UTF-8 spends at most 4 bytes a character: a larger file is over the limit without reading it.
  if (file.size > 4 * FILE_TEXT_LIMIT) return refuseFile(ui().fileTooBig(file.name, FILE_TEXT_LIMIT));
  const text = await file.text();
  if (text.length > FILE_TEXT_LIMIT) return refuseFile(ui().fileTooBig(file.name, FILE_TEXT_LIMIT));
  const [first = ''] = input.value.split('\n');
  input.value = `${first.trimEnd()}\n${text.replace(/\s+$/, '')}`;
  autosize();
  input.focus();
});

// --- language and theme

/** The exercise switch: act as the TA, or as one of a few students (each gets their own network). */
function actingAs() {
  const [role, name] = $('acting').value.split(':');
  return role === 'student' ? { role, name } : { role: 'ta', name: 'TA' };
}

/** The welcome message: posted once, then replaced in place by one in the new language when the switch changes. */
let welcomeMessage;

function welcome() {
  const { message, body } = addMessage('bot');
  message.classList.add('welcome');
  if (welcomeMessage) welcomeMessage.replaceWith(message);
  welcomeMessage = message;
  body.innerHTML = renderMarkdown(ui().welcome);
  const chips = element('div', 'chips');
  const examples = state.commands.flatMap((c) => c.examples.slice(0, 2));
  for (const example of examples) {
    const chip = element('button', 'chip', example.length > 60 ? `${example.slice(0, 57)}…` : example);
    chip.type = 'button';
    chip.dir = 'ltr';
    chip.title = example;
    chip.addEventListener('click', () => {
      input.value = example;
      input.focus();
      autosize();
    });
    chips.append(chip);
  }
  body.append(chips);
}

function applyTheme() {
  document.documentElement.dataset.theme = state.theme;
  $('theme').textContent = state.theme === 'dark' ? ui().themeDark : ui().themeLight;
  localStorage.setItem('theme', state.theme);
}

async function applyLocale() {
  const html = document.documentElement;
  html.lang = state.locale;
  html.dir = state.locale === 'fa' ? 'rtl' : 'ltr';
  $('language').value = state.locale;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = ui()[node.dataset.text];
  input.placeholder = ui().placeholder;
  $('attach').title = ui().attach;
  $('attach').setAttribute('aria-label', ui().attach);
  localStorage.setItem('lang', state.locale);
  applyTheme();
  const response = await fetch(`/api/commands?lang=${state.locale}`);
  state.commands = (await response.json()).commands;
}

$('language').addEventListener('change', async (event) => {
  state.locale = event.target.value;
  await applyLocale();
  welcome();
});
$('theme').addEventListener('click', () => {
  state.theme = state.theme === 'dark' ? 'light' : 'dark';
  applyTheme();
});

await applyLocale();
welcome();
document.body.dataset.ready = 'true';
input.focus();
