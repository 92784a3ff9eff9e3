import { guardiansOf, wardsOf } from './repo';

export { guardiansOf, wardsOf };
