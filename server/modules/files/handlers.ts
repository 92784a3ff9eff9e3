import { anyone } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { filesInputs } from './contracts';
import { uploadPhoto } from './use-cases/upload-photo';

export const filesModule = defineModule('files', {
  upload: defineAction({ authorize: anyone, input: filesInputs.upload, run: uploadPhoto }),
});
