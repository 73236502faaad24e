using CorrAnalytics.Cli.Commands;
using CorrAnalytics.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli;

/// <summary>The <c>corr</c> command line: the one place that wires configuration and the parts together.</summary>
public static class CorrApp
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        // What files say (names, values, reasons quoting them) never reaches the terminal raw.
        var console = new PrintableConsole(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.Detect,
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        }));
        error = new PrintableWriter(error);
        if (!console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
            console.Profile.Width = 200; // tables stay readable in logs and pipes
        var configuration = CorrConfiguration.Load(AppContext.BaseDirectory);
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            // The one product clock: the machine's (or a test's) instants in the configured zone. Made when
            // first asked for, so a zone this machine does not know is an error of the commands that read time.
            .AddSingleton(_ => clock is null ? Warehouse.Time.ProductClock.Machine(configuration.TimeZone) : new Warehouse.Time.ProductClock(clock, configuration.TimeZone))
            .AddSingleton<IAnsiConsole>(console)
            .AddSingleton(new ErrorOutput(error));
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("corr");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            Configure(config);
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception e) when (e is CommandAppException && Cause<UserFacingException>(e) is { } setting)
        {
            // A setting the command's parts could not be made with (the clock's Corr:TimeZone): said as itself, not as a usage error.
            error.WriteLine($"corr: {Said(configuration, labels => Say(setting, labels), setting.Message).ReplaceLineEndings(" ")}");
            return Failed;
        }
        catch (Exception e) when (e is CommandAppException or UsageException)
        {
            error.WriteLine($"corr: {Said(configuration, labels => labels.Format("usage.see_help", Say(e, labels)), e.Message + " (see 'corr --help')")}");
            return BadUsage;
        }
        catch (Exception e)
        {
            error.WriteLine($"corr: {Said(configuration, labels => Say(e, labels), e.Message).ReplaceLineEndings(" ")}");
            if (args.Contains("--verbose"))
                error.WriteLine(e.ToString());
            return Failed;
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.AddCommand<InitCommand>("init")
            .WithDescription("Create the warehouse or migrate it to the current schema; reload seeds, calendar and models.")
            .WithExample("init", "--data", "/srv/corr");
        config.AddCommand<SampleCommand>("sample")
            .WithDescription("Generate a realistic national sample of every inbox file kind.")
            .WithExample("sample", "--out", "/tmp/s", "--from", "2019-01", "--to", "2026-10")
            .WithExample("sample", "--out", "/tmp/d", "--from", "2024-01", "--to", "2024-06", "--defects", "0.001");
        config.AddBranch<BranchSettings>("etl", etl =>
        {
            etl.SetDescription("Load the inbox into the warehouse and inspect what was loaded and rejected.");
            etl.AddCommand<EtlRunCommand>("run")
                .WithDescription("Load everything waiting in the inbox: archive, validate, load, refresh marts, run checks.")
                .WithExample("etl", "run", "--data", "/srv/corr")
                .WithExample("etl", "run", "--inbox", "/mnt/incoming");
            etl.AddCommand<EtlPullCommand>("pull")
                .WithDescription("Load the rows each source database (Corr:Sources) changed since its last pull, a whole slice at a time, as files would load.")
                .WithExample("etl", "pull", "--data", "/srv/corr")
                .WithExample("etl", "pull", "--source", "accounting");
            etl.AddCommand<EtlBatchesCommand>("batches")
                .WithDescription("The batch log: one row per file received, with its status and row counts.")
                .WithExample("etl", "batches", "--last", "50");
            etl.AddCommand<EtlRejectsCommand>("rejects")
                .WithDescription("Rejected rows with file, line or cell, column, value and reason.")
                .WithExample("etl", "rejects", "--batch", "42");
            etl.AddCommand<EtlQuarantineCommand>("quarantine")
                .WithDescription("The refused files in the quarantine now: name, kind, slice, when, batch and reason.")
                .WithExample("etl", "quarantine", "--data", "/srv/corr");
            etl.AddCommand<EtlRevertCommand>("revert")
                .WithDescription("Take a loaded batch out and give its slice back to the file it replaced (from the archive), or leave it empty.")
                .WithExample("etl", "revert", "--batch", "42")
                .WithExample("etl", "revert", "--file", "population_202406.csv");
            etl.AddCommand<EtlRebuildCommand>("rebuild")
                .WithDescription("Build a new warehouse in a new data folder from an archive alone: every file replayed in the order it came, every revert done again.")
                .WithExample("etl", "rebuild", "--data", "/srv/corr-new", "--from-archive", "/srv/corr/archive");
            etl.AddCommand<EtlReloadMissingCommand>("reload-missing")
                .WithDescription("Load again, from the archive, the files received that the warehouse no longer holds (lost commits: a deleted .wal, an older copy restored), in the order they came.")
                .WithExample("etl", "reload-missing", "--data", "/srv/corr");
            etl.AddCommand<EtlRetryCommand>("retry")
                .WithDescription("Put quarantined files back in the inbox once fixed, for the next load.")
                .WithExample("etl", "retry", "population_202406.csv")
                .WithExample("etl", "retry", "--all");
        });
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Generate a national sample of the last two years and load it into a fresh warehouse, in one command.")
            .WithExample("demo", "--data", "/tmp/corr-demo");
        config.AddCommand<BenchCommand>("bench")
            .WithDescription("Measure sample generation, the load (per source, against plain read_csv), one more month, marts and checks.")
            .WithExample("bench")
            .WithExample("bench", "--quick");
        config.AddCommand<LayoutShowcaseCommand>("layout-showcase")
            .WithDescription("Write a PDF with every layout element (for checking the layout layer by eye).")
            .WithExample("layout-showcase", "--out", "/tmp/showcase.pdf");
        config.AddBranch<BranchSettings>("report", report =>
        {
            report.SetDescription("Render reports from the warehouse.");
            report.AddCommand<ReportMonthlyCommand>("monthly")
                .WithDescription("The monthly ministry report (PDF and XLSX) for one month and language, with a manifest.")
                .WithExample("report", "monthly", "--period", "2026-10", "--lang", "kk")
                .WithExample("report", "monthly", "--period", "2026-10", "--lang", "ru", "--format", "pdf", "--out", "/tmp/r");
            report.AddCommand<ReportProductionCommand>("production")
                .WithDescription("The production output analysis (PDF and XLSX) for one month and language, with a manifest.")
                .WithExample("report", "production", "--period", "2026-10", "--lang", "ru");
            report.AddCommand<ReportReproduceCommand>("reproduce")
                .WithDescription("Render a publication again from the warehouse as it was, and say whether every file is byte-identical to what was published.")
                .WithExample("report", "reproduce", "--publication", "12");
            report.AddCommand<ReportVerifyCommand>("verify")
                .WithDescription("Find a report file's publication by its SHA-256, say whether the warehouse still reproduces it, and list its figures revised since.")
                .WithExample("report", "verify", "monthly_2026-10_ru.pdf");
            report.AddCommand<ReportRevisionsCommand>("revisions")
                .WithDescription("The published figures of a month (the republic's or a department's) that have changed since, with both values, the publication and the files that changed them.")
                .WithExample("report", "revisions", "--period", "2026-10")
                .WithExample("report", "revisions", "--period", "2026-10", "--department", "D-35")
                .WithExample("report", "revisions", "--period", "2026-10", "--lang", "ru", "--json");
            report.AddCommand<ReportBudgetCommand>("budget")
                .WithDescription("The budget planning workbook for a year: actuals, plan, forecast and a draft as live formulas over editable assumptions.")
                .WithExample("report", "budget", "--year", "2027", "--lang", "ru");
        });
        config.AddBranch<BranchSettings>("schedule", schedule =>
        {
            schedule.SetDescription("The scheduler: ingest every 15 minutes, refresh after a load, reports on their days.");
            schedule.AddCommand<ScheduleRunCommand>("run")
                .WithDescription("Run the scheduler until Ctrl+C or SIGTERM (running jobs are waited for).")
                .WithExample("schedule", "run", "--data", "/srv/corr")
                .WithExample("schedule", "run", "--once", "ingest");
            schedule.AddCommand<ScheduleInitStoreCommand>("init-store")
                .WithDescription("Create Quartz's tables in the PostgreSQL store of a scheduler cluster (Corr:Schedule:Store postgres); nothing existing is changed.")
                .WithExample("schedule", "init-store");
            schedule.AddCommand<ScheduleListCommand>("list")
                .WithDescription("Jobs, triggers and their next fire times in local time.")
                .WithExample("schedule", "list", "--next", "5");
        });
        config.AddBranch<BranchSettings>("export", export =>
        {
            export.SetDescription("Export the warehouse for other tools.");
            export.AddCommand<ExportParquetCommand>("parquet")
                .WithDescription("The core facts (hive-partitioned by year and month) and dimensions as Parquet with a manifest; again into the same folder, only what changed.")
                .WithExample("export", "parquet", "--out", "/srv/export")
                .WithExample("export", "parquet", "--out", "/srv/export", "--history");
        });
        config.AddCommand<BackupCommand>("backup")
            .WithDescription("A consistent copy of the warehouse and the publication manifests, with a manifest of hashes; safe while the scheduler runs.")
            .WithExample("backup", "--out", "/srv/backups")
            .WithExample("backup", "--out", "/srv/backups", "--keep", "14");
        config.AddCommand<RestoreCommand>("restore")
            .WithDescription("Check a backup's hashes, then put its warehouse into a stopped data folder (and the publication manifests it lacks).")
            .WithExample("restore", "/srv/backups", "--data", "/srv/corr")
            .WithExample("restore", "/srv/backups/corr-backup-20261203T020000Z", "--data", "/srv/corr");
        config.AddCommand<DeliverCommand>("deliver")
            .WithDescription("Send the month's reports to the configured recipients (Corr:Delivery): rendered as publications if missing, each sent once.")
            .WithExample("deliver", "--period", "2026-10", "--dry-run")
            .WithExample("deliver", "--period", "2026-10")
            .WithExample("deliver", "--period", "2026-10", "--recipient", "akmola@example.kz", "--resend");
        config.AddCommand<StatusCommand>("status")
            .WithDescription("Freshness per source, completeness of the latest months, refused files and the last job runs.")
            .WithExample("status", "--data", "/srv/corr");
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Run the data-quality checks; exit 1 if an error-level check fails.")
            .WithExample("check", "--data", "/srv/corr");
    }

    /// <summary>
    /// What went wrong, in a sentence in the console's language (--verbose adds the exception and its
    /// trace below). Spectre's own parsing errors and the lower layers' messages are English.
    /// </summary>
    private static string Say(Exception e, Reports.Translations.Labels labels) => e switch
    {
        ConsoleException c => c.In(labels),
        Reports.Common.ReportDataException r => r.In(labels.Language),
        _ => e.Message,
    };

    private static T? Cause<T>(Exception e) where T : Exception
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is T found)
                return found;
        return null;
    }

    /// <summary>The sentence in the configured console language; English when that setting itself is what is wrong.</summary>
    private static string Said(CorrConfiguration configuration, Func<Reports.Translations.Labels, string> say, string english)
    {
        try
        {
            return say(configuration.ConsoleLabels);
        }
        catch (ConsoleException)
        {
            return english;
        }
    }
}
