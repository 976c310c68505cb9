export * from './constants';
export * from './snapshot';
export * from './person';
export * from './touch';
export * from './meeting';
export * from './template';
export * from './research-clip';
export * from './settings';
