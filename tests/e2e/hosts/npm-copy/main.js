// An app bundle that carries its own copy of role-hub from npm (dist/lib, with the real d3
// packages). Tests put its built script on pages next to the one-file script, or alone, and read
// which classes it brought.
import * as roleHub from 'role-hub';

window.npmCopy = roleHub;
