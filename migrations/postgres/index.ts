import * as migration_20261123_075019_initial from './20261123_075019_initial';

export const migrations = [
  {
    up: migration_20261123_075019_initial.up,
    down: migration_20261123_075019_initial.down,
    name: '20261123_075019_initial'
  },
];
