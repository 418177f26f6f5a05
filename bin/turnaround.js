#!/usr/bin/env node
// The `turnaround` command. The server is TypeScript run through tsx, so there is no
// separate compile step between a checkout and a running server.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
