/**
 * The URL of the script that holds role-hub. Read once at load time: in the classic-script build the
 * bundler turns this into `document.currentScript.src`, which is only valid while the script runs.
 * Elements without `src` look for their stats in a `stats/` folder beside this file.
 */
export const libraryUrl: string = import.meta.url;
