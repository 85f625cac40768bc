// Every chat command the bot answers, in the order /help lists them. Add a command: one import, one line.
import type { Command } from '../src/dispatch/define-command.js';
import backprop from './backprop.js';
import check from './check.js';
import exercise from './exercise.js';
import explain from './explain.js';
import help from './help.js';
import settings from './settings.js';
import train from './train.js';

export const commands: Command[] = [backprop, train, check, explain, exercise, settings, help];
