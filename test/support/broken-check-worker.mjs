// A worker that cannot start, as when the checker fails to load in a thread.
throw new Error('cannot start');
