/*
 * topset: options and the top-level flow only. Every command's work lives
 * in the core library; problems come back as an errlist printed here, once.
 * Exit status: 0 all written, 1 a data error, 2 a usage error.
 */
#include <config.h>

#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "apps.h"
#include "batch.h"
#include "check.h"
#include "date.h"
#include "errors.h"
#include "field.h"
#include "formats.h"
#include "import.h"
#include "job.h"
#include "load.h"
#include "names.h"
#include "plan_diff.h"
#include "planner.h"
#include "template.h"
#include "util.h"

enum { EXIT_DATA = 1, EXIT_USAGE = 2 };

/* "xlsx, csv or xlsx,csv": what --format takes, from the table of formats.
 * Caller frees. */
static char *
format_choices(void)
{
    char *one = format_names(~0u, ", ", ", "), *all = format_names(~0u, ",", ",");
    char *s = xasprintf("%s or %s", one, all);
    free(one);
    free(all);
    return s;
}

/* The files of the formats written by default, each as first (the first
 * one) or rest (the others) then its extension, then " (its purpose)" when
 * purpose is true; joined "a, b and c". Caller frees.
 *   ("PREFIX", "PREFIX", true): "PREFIX.xlsx (to print) and PREFIX.csv (one row per set)"
 *   ("DIR/<client>", "", false): "DIR/<client>.xlsx and .csv" */
static char *
default_files(const char *first, const char *rest, bool purpose)
{
    unsigned set = format_defaults();
    size_t n = 0, k = 0;
    for (size_t i = 0; i < nformats; i++)
        n += (set & FORMAT_BIT(i)) != 0;
    char *list = NULL;
    for (size_t i = 0; i < nformats; i++) {
        if (!(set & FORMAT_BIT(i)))
            continue;
        const struct format *f = &formats[i];
        char *item = xasprintf("%s%s%s%s%s", k == 0 ? first : rest, f->ext, purpose ? " (" : "",
                               purpose ? f->purpose : "", purpose ? ")" : "");
        list_append(&list, k++, n, item, ", ", " and ");
        free(item);
    }
    return list ? list : xstrdup("");
}

/* --help, with the apps and output formats listed from their tables. */
static void
print_usage(FILE *fp)
{
    char *all_formats = format_names(~0u, ",", ",");
    char *choices = format_choices();
    char *defaults = format_names(format_defaults(), ",", ",");
    char *plan_files = default_files("PREFIX", "PREFIX", true);
    char *out_files = default_files("PREFIX", "PREFIX", false);
    char *batch_files = default_files("DIR/<client>", "", false);
    char *app_bar = app_names("|", "|"), *app_list = app_names(", ", " or ");
    char *titles = app_titles(", ", " or ");

    fprintf(fp,
            "Usage:\n"
            "  topset plan  --template T.csv [--log L.csv] [--maxes M.csv] [--weeks N]\n"
            "               [--start YYYY-MM-DD] [--as-of YYYY-MM-DD] [--unit kg|lb]\n"
            "               [--client NAME] [--paper a4|letter] [--format %s] --out PREFIX\n"
            "               [--strict] [--log-unit kg|lb] [--date-order mdy|dmy]\n"
            "  topset batch ROSTER.csv --out DIR [-j N] [--as-of YYYY-MM-DD] [--shard K/N]\n"
            "               [--paper a4|letter] [--format %s] [--force] [--strict]\n"
            "               [--quiet] [--log-unit kg|lb] [--date-order mdy|dmy]\n"
            "  topset check [--strict] [--template T.csv] [--date-order mdy|dmy] FILE...\n"
            "  topset import [--strict] [--date-order mdy|dmy] --from %s FILE\n"
            "  topset diff [--as-of YYYY-MM-DD] OLD.csv NEW.csv\n"
            "  topset --help | --version\n"
            "\n",
            all_formats, all_formats, app_bar);
    fprintf(fp,
            "Plan a training block: every exercise of the template gets a top set and\n"
            "back-off sets for every week, loads progressed from the log.\n"
            "\n"
            "Commands:\n"
            "  plan    write %s\n"
            "  batch   plan every client of a roster into %s,\n"
            "          with DIR/index.csv and DIR/index.xlsx summing up the run\n"
            "  check   validate templates, logs, maxes and rosters; report every problem\n"
            "  import  convert an app export to a native log, on standard output\n"
            "  diff    print the coming week's top sets that differ between two plan CSVs\n"
            "\n",
            plan_files, batch_files);
    fprintf(
        fp,
        "Options of plan:\n"
        "  --template FILE     the program: one row per exercise slot (required)\n"
        "  --log FILE          past sessions: a native log, a filled-in plan CSV or\n"
        "                      workbook (.xlsx), or a %s export; given\n"
        "                      again, the logs are merged (a set two of them hold counts once)\n"
        "  --maxes FILE        known 1RMs or training maxes: exercise,one_rm,training_max,unit\n"
        "  --weeks N           weeks in the block, 1-52 (default 4)\n"
        "  --start DATE        the Monday the block starts (default: the Monday after --as-of)\n"
        "  --as-of DATE        plan as of this day; later log entries are ignored (default today)\n"
        "  --unit kg|lb        the plan's unit (default: the template's unit column, else kg)\n"
        "  --client NAME       the lifter's name, printed on every page; with a log\n"
        "                      that has a client column, only that client's rows are used\n"
        "  --paper a4|letter   paper size of the workbook and the PDF (default a4)\n"
        "  --format LIST       outputs to write: %s (default %s)\n"
        "  --out PREFIX        write %s (required)\n"
        "  --strict            refuse a log with a row that cannot be read, instead of\n"
        "                      skipping the row with a warning\n"
        "  --log-unit kg|lb    the unit of log rows that name none (a Strong export's)\n"
        "                      (default: the plan's)\n"
        "  --date-order mdy|dmy  how a log's dates like 2/4/2017 read: month or day first\n"
        "                      (default: decided from the file, month first if no date\n"
        "                      has a field above 12)\n"
        "\n",
        titles, choices, defaults, out_files);
    fprintf(fp,
            "Options of batch:\n"
            "  --out DIR           the output folder (created if missing; required)\n"
            "  -j, --jobs N        plan with N worker processes (default 1)\n"
            "  --as-of DATE        as for plan; the same for every client (default today)\n"
            "  --shard K/N         plan only the K-th of N stable shares of the roster\n"
            "  --force             plan every client, even those whose inputs did not change\n"
            "  -q, --quiet         log only the failures and the summary, not each client written\n"
            "  --paper, --format, --strict, --log-unit, --date-order   as for plan\n"
            "                      (a roster's log_unit column wins)\n"
            "\n"
            "Options of check:\n"
            "  --template FILE     also list each log's exercises that match no exercise of\n"
            "                      the template, as plan does\n"
            "  --strict, --date-order   as for plan\n"
            "\n"
            "Options of import:\n"
            "  --from APP          %s (required)\n"
            "  --strict, --date-order   as for plan\n"
            "\n"
            "Options of diff:\n"
            "  --as-of DATE        compare the first week of NEW after this day (default today)\n"
            "\n"
            "Exit status: 0 all written, 1 a data error (reported as FILE:LINE: message),\n"
            "2 a usage error. diff, as diff(1): 0 the same, 1 different, 2 trouble.\n",
            app_list);

    free(all_formats);
    free(choices);
    free(defaults);
    free(plan_files);
    free(out_files);
    free(batch_files);
    free(app_bar);
    free(app_list);
    free(titles);
}

static void __attribute__((noreturn)) usage(int status)
{
    print_usage(status == 0 ? stdout : stderr);
    exit(status);
}

static void __attribute__((noreturn, format(printf, 1, 2))) usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("topset: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'topset --help' for more information.\n", stderr);
    exit(EXIT_USAGE);
}

/* An option's value read as a file's value would be (field.h): a usage
 * error with field.c's message when it is refused. */
static void
field_option(const char *name, char *why)
{
    if (why != NULL)
        usage_error("%s: %s", name, why);
}

static day_t
date_option(const char *name, const char *value)
{
    day_t d;
    field_option(name, field_date(value, &d));
    return d;
}

/* --unit: any spelling a file's unit column takes (unit_parse). */
static enum unit
unit_option(const char *option, const char *value)
{
    enum unit u = UNIT_KG;
    field_option(option, field_unit(value, &u));
    return u;
}

static enum paper
paper_option(const char *arg)
{
    if (ascii_casecmp(arg, "a4") == 0)
        return PAPER_A4;
    if (ascii_casecmp(arg, "letter") == 0)
        return PAPER_LETTER;
    usage_error("--paper: expected a4 or letter, got \"%s\"", arg);
}

/* --date-order: mdy or dmy (enum date_order). */
static int
date_order_option(const char *arg)
{
    int order = date_order_parse(arg);
    if (order < 0)
        usage_error("--date-order: expected mdy (2/4/2017 is February 4) or dmy (April 2),"
                    " got \"%s\"",
                    arg);
    return order;
}

static unsigned
formats_option(const char *value)
{
    unsigned set = 0;
    char *copy = xstrdup(value), *choices = format_choices(); /* usage_error exits: not freed */
    char *save = NULL;
    for (char *tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save)) {
        int i = format_index(trim(tok));
        if (i < 0)
            usage_error("--format: unknown format \"%s\" (expected %s)", tok, choices);
        set |= FORMAT_BIT(i);
    }
    if (set == 0)
        usage_error("--format: expected %s, got \"%s\"", choices, value);
    free(copy);
    free(choices);
    return set;
}

/*
 * getopt_long's '?' (an option cmd does not take) or ':' (one without its
 * value), for the option argv[optind - 1]: a usage error naming the
 * option of longopts it most likely meant ("did you mean --template?").
 * getopt's own message is off (opterr = 0): one message, in our words.
 */
static void __attribute__((noreturn))
bad_option(const char *cmd, const struct option *longopts, int c, char **argv)
{
    const char *given = optind > 0 ? argv[optind - 1] : "";
    if (c == ':')
        usage_error("%s: %s needs a value", cmd, given);
    if (optopt != 0) /* a short option: -x */
        usage_error("%s: unknown option \"-%c\"", cmd, optopt);
    size_t n = 0;
    while (longopts[n].name != NULL)
        n++;
    const char **names = xmalloc(n * sizeof *names);
    for (size_t i = 0; i < n; i++)
        names[i] = longopts[i].name;
    char *word = xstrndup(given + 2, strcspn(given + 2, "="));
    const char *near = closest_name(word, names, n); /* one of longopts' names */
    free(word); /* before usage_error exits: LeakSanitizer counts them */
    free(names);
    if (near != NULL)
        usage_error("%s: unknown option \"%s\": did you mean --%s?", cmd, given, near);
    usage_error("%s: unknown option \"%s\"", cmd, given);
}

static int
finish(struct errlist *errs, int status)
{
    errlist_print(errs, stderr, NULL);
    errlist_free(errs);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("topset: standard output");
        return EXIT_DATA;
    }
    return status;
}

static int
cmd_plan(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"template", required_argument, NULL, 't'}, {"log", required_argument, NULL, 'l'},
        {"maxes", required_argument, NULL, 'm'},    {"weeks", required_argument, NULL, 'w'},
        {"start", required_argument, NULL, 's'},    {"as-of", required_argument, NULL, 'a'},
        {"unit", required_argument, NULL, 'u'},     {"client", required_argument, NULL, 'c'},
        {"paper", required_argument, NULL, 'p'},    {"format", required_argument, NULL, 'f'},
        {"out", required_argument, NULL, 'o'},      {"strict", no_argument, NULL, 'S'},
        {"log-unit", required_argument, NULL, 'U'}, {"date-order", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},           {NULL, 0, NULL, 0},
    };
    const char **more = NULL; /* the logs after the first; usage_error exits: not freed */
    struct job_opts o = {
        .weeks = 4, .unit = UNIT_KG, .paper = PAPER_A4, .formats = format_defaults()};
    bool have_start = false, have_as_of = false, have_unit = false;
    int c;
    long n;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 't': o.template_path = optarg; break;
        case 'l':
            /* --log again: another log, merged into the first's. */
            if (o.log_path == NULL)
                o.log_path = optarg;
            else {
                if (more == NULL)
                    more = xcalloc((size_t) argc, sizeof *more);
                more[o.nmore_logs++] = optarg;
                o.more_logs = more;
            }
            break;
        case 'm': o.maxes_path = optarg; break;
        case 'c': o.client = optarg; break;
        case 'o': o.out_prefix = optarg; break;
        case 'f': o.formats = formats_option(optarg); break;
        case 's':
            o.start = date_option("--start", optarg);
            have_start = true;
            break;
        case 'a':
            o.as_of = date_option("--as-of", optarg);
            have_as_of = true;
            break;
        case 'w':
            if (parse_int(optarg, &n) != 0 || n < 1 || n > PLAN_MAX_WEEKS)
                usage_error("--weeks: expected a whole number 1-%d, got \"%s\"", PLAN_MAX_WEEKS,
                            optarg);
            o.weeks = (int) n;
            break;
        case 'u':
            o.unit = unit_option("--unit", optarg);
            have_unit = true;
            break;
        case 'U': o.log_unit = 1 + (int) unit_option("--log-unit", optarg); break;
        case 'D': o.date_order = date_order_option(optarg); break;
        case 'p': o.paper = paper_option(optarg); break;
        case 'S': o.strict = true; break;
        case 'h': usage(0);
        default: bad_option("plan", longopts, c, argv);
        }
    }
    if (optind < argc)
        usage_error("plan: unexpected argument \"%s\"", argv[optind]);
    if (o.template_path == NULL)
        usage_error("plan: --template is required");
    if (o.out_prefix == NULL || *o.out_prefix == '\0')
        usage_error("plan: --out is required");
    if (!have_unit) /* a template written in lb plans in lb */
        o.unit = job_template_unit(o.template_path, UNIT_KG);
    if (!have_as_of)
        o.as_of = date_today();
    if (!have_start)
        o.start = date_monday_after(o.as_of);
    else if (date_weekday(o.start) != 0) {
        char d[11];
        usage_error("--start: %s is not a Monday (weeks run Monday to Sunday)",
                    date_format(d, o.start));
    }

    struct errlist errs;
    errlist_init(&errs);
    int rc = job_check_outputs(&o, &errs) != 0 ? EXIT_USAGE
             : job_run(&o, &errs, NULL) == 0   ? 0
                                               : EXIT_DATA;
    free(more);
    return finish(&errs, rc);
}

static void
shard_option(const char *value, int *k, int *n)
{
    char tail;
    if (sscanf(value, "%d/%d%c", k, n, &tail) != 2 || *n < 1 || *n > 100000 || *k < 1 || *k > *n)
        usage_error("--shard: expected K/N with 1 <= K <= N, got \"%s\"", value);
}

static double
seconds_since(const struct timespec *t0)
{
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double) (t1.tv_sec - t0->tv_sec) + (double) (t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static int
cmd_batch(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"out", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"as-of", required_argument, NULL, 'a'},
        {"shard", required_argument, NULL, 's'},
        {"paper", required_argument, NULL, 'p'},
        {"format", required_argument, NULL, 'f'},
        {"force", no_argument, NULL, 'F'},
        {"strict", no_argument, NULL, 'S'},
        {"log-unit", required_argument, NULL, 'U'},
        {"quiet", no_argument, NULL, 'q'},
        {"date-order", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    struct batch_opts o = {
        .jobs = 1, .shard_k = 1, .shard_n = 1, .paper = PAPER_A4, .formats = format_defaults()};
    bool have_as_of = false;
    int c;
    long n;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":hj:q", longopts, NULL)) != -1) {
        switch (c) {
        case 'o': o.out_dir = optarg; break;
        case 'a':
            o.as_of = date_option("--as-of", optarg);
            have_as_of = true;
            break;
        case 's': shard_option(optarg, &o.shard_k, &o.shard_n); break;
        case 'f': o.formats = formats_option(optarg); break;
        case 'F': o.force = true; break;
        case 'S': o.strict = true; break;
        case 'q': o.quiet = true; break;
        case 'U': o.log_unit = 1 + (int) unit_option("--log-unit", optarg); break;
        case 'D': o.date_order = date_order_option(optarg); break;
        case 'j':
            if (parse_int(optarg, &n) != 0 || n < 1 || n > 64)
                usage_error("-j: expected a whole number 1-64, got \"%s\"", optarg);
            o.jobs = (int) n;
            break;
        case 'p': o.paper = paper_option(optarg); break;
        case 'h': usage(0);
        default: bad_option("batch", longopts, c, argv);
        }
    }
    if (optind + 1 != argc)
        usage_error("batch: expected exactly one ROSTER.csv");
    o.roster = argv[optind];
    if (o.out_dir == NULL || *o.out_dir == '\0')
        usage_error("batch: --out is required");
    if (!have_as_of)
        o.as_of = date_today();
    o.progress = isatty(STDERR_FILENO);

    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct errlist errs;
    errlist_init(&errs);
    struct batch_stats st;
    int rc = batch_run(&o, &st, stderr, &errs);
    errlist_print(&errs, stderr, NULL);
    errlist_free(&errs);
    char stamp[BATCH_STAMP_MAX];
    char finished[48] = "";
    if (st.finished > 0)
        snprintf(finished, sizeof finished, ", %lu finished", st.finished);
    if (rc >= 0)
        fprintf(stderr, "%s%lu written, %lu unchanged, %lu failed%s in %.1f s%s\n",
                batch_stamp(stamp, o.as_of), st.written, st.unchanged, st.failed, finished,
                seconds_since(&t0),
                st.interrupted ? " (interrupted: the rest were not planned)" : "");
    return rc == 0 ? 0 : rc == -2 ? EXIT_USAGE : EXIT_DATA;
}

/* check's arguments: --strict, --template T (or --template=T),
 * --date-order X (or --date-order=X) and the files, which are left in
 * files[0..*nfiles) (argv's pointers). */
static void
check_args(int argc, char **argv, bool *strict, const char **template_path, int *date_order,
           char **files, int *nfiles)
{
    *nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            usage(0);
        if (strcmp(argv[i], "--strict") == 0)
            *strict = true;
        else if (strncmp(argv[i], "--template=", 11) == 0)
            *template_path = argv[i] + 11;
        else if (strcmp(argv[i], "--template") == 0) {
            if (i + 1 == argc)
                usage_error("check: --template needs a value (the template the logs are for)");
            *template_path = argv[++i];
        } else if (strncmp(argv[i], "--date-order=", 13) == 0)
            *date_order = date_order_option(argv[i] + 13);
        else if (strcmp(argv[i], "--date-order") == 0) {
            if (i + 1 == argc)
                usage_error("check: --date-order needs a value (mdy or dmy)");
            *date_order = date_order_option(argv[++i]);
        } else
            files[(*nfiles)++] = argv[i];
    }
    if (*nfiles == 0)
        usage_error("check: expected one or more files");
}

static int
cmd_check(int argc, char **argv)
{
    struct errlist errs;
    errlist_init(&errs);
    const char *template_path = NULL;
    char **files = xcalloc((size_t) argc, sizeof *files);
    int nfiles, date_order = DATE_ORDER_AUTO;
    check_args(argc, argv, &errs.strict, &template_path, &date_order, files, &nfiles);
    /* The template a log is checked against: its names, as plan would. */
    struct template t;
    if (template_path != NULL && template_read(template_path, &t, &errs) != 0) {
        free(files);
        return finish(&errs, EXIT_DATA);
    }
    int rc = 0;
    for (int i = 0; i < nfiles; i++) {
        const char *kind = NULL;
        size_t warned = errlist_warnings(&errs);
        if (check_file(files[i], template_path ? &t : NULL, date_order, &errs, &kind) != 0)
            rc = EXIT_DATA;
        else if (errlist_warnings(&errs) == warned)
            printf("%s: ok (%s)\n", files[i], kind ? kind : "file");
        else {
            size_t w = errlist_warnings(&errs) - warned;
            printf("%s: ok (%s), %zu warning%s\n", files[i], kind ? kind : "file", w,
                   w == 1 ? "" : "s");
        }
    }
    if (template_path != NULL)
        template_free(&t);
    free(files);
    return finish(&errs, rc);
}

static int
cmd_import(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"from", required_argument, NULL, 'f'},
        {"strict", no_argument, NULL, 'S'},
        {"date-order", required_argument, NULL, 'D'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *from = NULL;
    bool strict = false;
    int date_order = DATE_ORDER_AUTO;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f': from = optarg; break;
        case 'S': strict = true; break;
        case 'D': date_order = date_order_option(optarg); break;
        case 'h': usage(0);
        default: bad_option("import", longopts, c, argv);
        }
    }
    char *names = app_names(", ", " or "); /* usage_error exits: not freed */
    if (from == NULL)
        usage_error("import: --from is required (%s)", names);
    if (optind + 1 != argc)
        usage_error("import: expected exactly one FILE");
    const struct app *app = app_named(from);
    if (app == NULL)
        usage_error("import: --from: unknown app \"%s\" (expected %s)", from, names);
    free(names);
    struct errlist errs;
    errlist_init(&errs);
    errs.strict = strict;
    int rc = import_run(app, argv[optind], date_order, stdout, &errs);
    return finish(&errs, rc == 0 ? 0 : EXIT_DATA);
}

/* Print what moved between the two plan CSVs' coming weeks (plan_diff.h),
 * a change a line. Exits as diff(1) does: 0 the same, 1 different, 2
 * trouble (a usage error, or a file that does not read as a plan CSV). */
static int
cmd_diff(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"as-of", required_argument, NULL, 'a'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    day_t as_of = date_today();
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
        switch (c) {
        case 'a': as_of = date_option("--as-of", optarg); break;
        case 'h': usage(0);
        default: bad_option("diff", longopts, c, argv);
        }
    }
    if (optind + 2 != argc)
        usage_error("diff: expected two plan CSVs, OLD.csv NEW.csv");
    struct errlist errs;
    errlist_init(&errs);
    struct plan_tops old, new;
    plan_tops_init(&old);
    plan_tops_init(&new);
    int rc = EXIT_USAGE;
    /* Both read, so one run shows the problems of both. */
    int bad = plan_tops_read(argv[optind], &old, &errs);
    bad |= plan_tops_read(argv[optind + 1], &new, &errs);
    if (bad == 0) {
        char *text = NULL;
        size_t n = plan_diff(&old, &new, plan_tops_coming(&new, as_of), "\n", &text);
        if (n > 0)
            puts(text);
        free(text);
        rc = n > 0 ? 1 : 0;
    }
    plan_tops_free(&old);
    plan_tops_free(&new);
    return finish(&errs, rc);
}

int
main(int argc, char **argv)
{
    if (argc < 2)
        usage(EXIT_USAGE);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
        usage(0);
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        puts(PACKAGE_STRING);
        return 0;
    }
    /* Each command parses its own options from argv[1] on. */
    if (strcmp(cmd, "plan") == 0)
        return cmd_plan(argc - 1, argv + 1);
    if (strcmp(cmd, "batch") == 0)
        return cmd_batch(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "import") == 0)
        return cmd_import(argc - 1, argv + 1);
    if (strcmp(cmd, "diff") == 0)
        return cmd_diff(argc - 1, argv + 1);
    usage_error("unknown command \"%s\" (expected plan, batch, check, import or diff)", cmd);
}
