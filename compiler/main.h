/*
** The driver as a function (main.c), for the fuzz target that runs it
** over and over in one process.
*/
#ifndef WGC_MAIN_H
#define WGC_MAIN_H

/* Runs wgc with these arguments (argv[0] is the program's name) and
** returns its exit status; it never exits the process. */
int wgc_main(int argc, char **argv);

#endif
