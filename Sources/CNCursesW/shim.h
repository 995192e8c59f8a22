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
/* Not <stdlib.h>: with _XOPEN_SOURCE it brings in <sys/select.h>, whose fd_set then clashes
   with the one Dispatch's module defines without it ("fds_bits" vs "__fds_bits"). */
extern int atexit(void (*function)(void));
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
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

/* Mouse events the browser uses: left press, wheel up (button 4), wheel down (button 5). */
static inline mmask_t dossier_b1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t dossier_b4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_wanted_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | dossier_button5_pressed();
}
static inline int dossier_key_resize(void) { return KEY_RESIZE; }
static inline int dossier_key_mouse(void) { return KEY_MOUSE; }
/* tigetstr returns (char *)-1 for "not a string capability"; treat it like absent. */
static inline const char *dossier_tigetstr(const char *name) {
    char *s = tigetstr(name);
    return (s == (char *)-1) ? NULL : s;
}

/*
 * Terminal restoration on every exit path. `endwin` is not async-signal-safe (it may allocate or
 * hold stdio locks), so signal handlers do what endwin would do with async-signal-safe calls only:
 * write the precomputed reset bytes (leave the alternate screen, show the cursor, reset
 * attributes, keypad and mouse modes) and restore the saved termios, then re-raise the signal
 * with its default action so the exit status says how the program ended. Normal exits (q, the
 * atexit hook) call the real endwin.
 */
/* Storage lives in a function-local static: Swift's importer emits header functions, not globals. */
struct dossier_restore_state {
    struct termios saved_tio;
    int saved_tio_ok;
    int tty_fd;
    int out_fd;
    char reset_bytes[512];
    size_t reset_len;
    volatile sig_atomic_t curses_active;
};

static inline struct dossier_restore_state *dossier_restore(void) {
    static struct dossier_restore_state state = { .tty_fd = -1, .out_fd = 1 };
    return &state;
}

static inline void dossier_save_tty(int in_fd, int out_fd) {
    struct dossier_restore_state *st = dossier_restore();
    st->out_fd = out_fd;
    if (tcgetattr(in_fd, &st->saved_tio) == 0) { st->saved_tio_ok = 1; st->tty_fd = in_fd; }
}

static inline void dossier_set_reset_bytes(const char *bytes) {
    struct dossier_restore_state *st = dossier_restore();
    size_t n = strlen(bytes);
    if (n >= sizeof(st->reset_bytes)) n = sizeof(st->reset_bytes) - 1;
    memcpy(st->reset_bytes, bytes, n);
    st->reset_bytes[n] = 0;
    st->reset_len = n;
}

static inline void dossier_set_curses_active(int on) { dossier_restore()->curses_active = on; }
static inline int dossier_is_curses_active(void) { return dossier_restore()->curses_active; }

static inline void dossier_restore_from_signal(int sig) {
    struct dossier_restore_state *st = dossier_restore();
    if (st->curses_active) {
        st->curses_active = 0;
        if (st->reset_len > 0) {
            ssize_t ignored = write(st->out_fd, st->reset_bytes, st->reset_len);
            (void)ignored;
        }
        if (st->saved_tio_ok) tcsetattr(st->tty_fd, TCSANOW, &st->saved_tio);
        if (sig != SIGINT && sig != SIGTERM && sig != SIGHUP) {
            static const char msg[] = "dossier: crashed; the terminal was restored. Please report how it happened.\n";
            ssize_t ignored = write(2, msg, sizeof(msg) - 1);
            (void)ignored;
        }
    }
    struct sigaction dfl;
    memset(&dfl, 0, sizeof(dfl));
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, NULL);
    raise(sig);
}

static inline void dossier_install_signal_handlers(void) {
    static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = dossier_restore_from_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) sigaction(sigs[i], &sa, NULL);
}

static inline void dossier_endwin_at_exit(void) {
    if (dossier_restore()->curses_active) {
        dossier_restore()->curses_active = 0;
        curs_set(1);
        endwin();
    }
}

static inline void dossier_install_atexit(void) {
    static int installed = 0;
    if (!installed) { installed = 1; atexit(dossier_endwin_at_exit); }
}

/*
 * ncurses installs its SIGWINCH handler with SA_RESTART, so a blocking read is resumed after a
 * resize and KEY_RESIZE only arrives with the next key. Without SA_RESTART the read returns
 * EINTR and wget_wch reports KEY_RESIZE at once.
 */
static inline void dossier_sigwinch_interrupts_reads(void) {
    struct sigaction sa;
    if (sigaction(SIGWINCH, NULL, &sa) == 0 && sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN) {
        sa.sa_flags &= ~SA_RESTART;
        sigaction(SIGWINCH, &sa, NULL);
    }
}

/* The terminal's size as the kernel knows it (ioctl is variadic, which Swift cannot call). */
static inline int dossier_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

/* For tests of the restore path: crash the way a Swift trap does. */
static inline void dossier_raise(int sig) { raise(sig); }
#endif
