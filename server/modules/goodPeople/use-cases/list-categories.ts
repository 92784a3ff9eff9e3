import { GOOD_PERSON_CATEGORIES } from '../domain/categories';

export async function listCategories() {
  return GOOD_PERSON_CATEGORIES;
}
