// The de catalog: one file per area of the UI, so each area is translated (and reviewed) on its own.
import { app } from './app';
import { common } from './common';
import { wizard } from './wizard';
import { options } from './options';
import { errors } from './errors';
import { records } from './records';
import { edit } from './edit';
import { email } from './email';
import { sync } from './sync';
import { issues } from './issues';
import { ribbon } from './ribbon';
import { dialog } from './dialog';
import { cli } from './cli';
import { actions } from './actions';
import { search } from './search';
import type { Messages } from '../../Messages';

export const messages: Messages = {
  ...app,
  ...common,
  ...wizard,
  ...options,
  ...errors,
  ...records,
  ...edit,
  ...email,
  ...sync,
  ...issues,
  ...ribbon,
  ...dialog,
  ...cli,
  ...actions,
  ...search,
};
