/** The manager's team view (/training/team/): pure logic over people's export files. */
export * from './files';
export * from './people';
export * from './rows';
export * from './table';
export * from './views';
export * from './csv';
export * from './keep';
export * from './content';
