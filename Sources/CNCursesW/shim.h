// C helpers for what Swift cannot import from ncurses' macros (attributes, colour pairs, keys).
#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

static inline attr_t dossier_a_normal(void) { return A_NORMAL; }
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_standout(void) { return A_STANDOUT; }
static inline attr_t dossier_color_pair(short n) { return COLOR_PAIR(n); }
static inline int dossier_key_f(int n) { return KEY_F(n); }
static inline int dossier_getmaxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int dossier_getmaxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline int dossier_lines(void) { return LINES; }
static inline int dossier_cols(void) { return COLS; }
static inline int dossier_err(void) { return ERR; }
static inline int dossier_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t dossier_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
static inline mmask_t dossier_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t dossier_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t dossier_button5_pressed(void) { return 0; }
#endif
/* Draw one wide-character cell with attributes; returns ERR/OK as ncurses does. */
static inline int dossier_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &c);
}
#endif
