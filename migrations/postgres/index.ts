import * as migration_20261123_072228_initial from './20261123_072228_initial';

export const migrations = [
  {
    up: migration_20261123_072228_initial.up,
    down: migration_20261123_072228_initial.down,
    name: '20261123_072228_initial'
  },
];
