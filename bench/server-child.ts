import { runServerChild } from './http-server';

// The measured server's own bundle: browser mode's backend and HTTP host, nothing of the benchmark
// (its bundle loads playwright-core, about 30 Mo of V8 heap a real server does not carry).
void runServerChild(process.argv[2] ?? '', process.argv[3] ?? '', process.argv[4] ?? '');
