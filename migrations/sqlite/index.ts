import * as migration_20261123_075555_initial from './20261123_075555_initial';

export const migrations = [
  {
    up: migration_20261123_075555_initial.up,
    down: migration_20261123_075555_initial.down,
    name: '20261123_075555_initial'
  },
];
