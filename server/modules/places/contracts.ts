import { z } from 'zod';
import { idField, noInput } from '../../core/fields';

export const placesInputs = {
  communities: noInput(),
  buildings: z.object({ communityId: idField() }).strict(),
  units: z.object({ buildingId: idField() }).strict(),
  households: z.object({ unitId: idField() }).strict(),
};

export interface CommunityItem {
  id: string;
  name: string;
  kind: 'community' | 'village';
  areaName: string;
}
export interface NamedItem {
  id: string;
  name: string;
}
export interface HouseholdItem {
  id: string;
  room: string;
}
