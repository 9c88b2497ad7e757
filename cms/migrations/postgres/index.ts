import * as migration_20261121_104143_initial from './20261121_104143_initial';

export const migrations = [
  {
    up: migration_20261121_104143_initial.up,
    down: migration_20261121_104143_initial.down,
    name: '20261121_104143_initial'
  },
];
