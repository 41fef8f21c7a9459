import * as migration_20261123_072219_initial from './20261123_072219_initial';

export const migrations = [
  {
    up: migration_20261123_072219_initial.up,
    down: migration_20261123_072219_initial.down,
    name: '20261123_072219_initial'
  },
];
