import * as migration_20261123_075604_initial from './20261123_075604_initial';

export const migrations = [
  {
    up: migration_20261123_075604_initial.up,
    down: migration_20261123_075604_initial.down,
    name: '20261123_075604_initial'
  },
];
