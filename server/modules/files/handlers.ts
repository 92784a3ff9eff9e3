import { defineAction, defineModule } from '../../core/action';
import { filesInputs } from './contracts';
import { uploadPhoto } from './use-cases/upload-photo';

export const filesModule = defineModule('files', {
  upload: defineAction({ input: filesInputs.upload, run: uploadPhoto }),
});
