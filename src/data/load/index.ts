// The browser loader in one import.
export * from './loader.js';
