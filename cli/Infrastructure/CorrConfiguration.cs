using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Scheduler;
using Microsoft.Extensions.Configuration;

namespace CorrAnalytics.Cli.Infrastructure;

/// <summary>
/// Settings from appsettings.json beside the program, then CORR__… environment variables
/// (CORR__DATADIR is Corr:DataDir); command-line options win over both.
/// </summary>
public sealed class CorrConfiguration
{
    public const string DefaultDataDir = "./data";

    /// <summary>Astana/Almaty time, where the ministry works: the zone when Corr:TimeZone names none.</summary>
    public const string DefaultTimeZoneId = "Asia/Almaty";

    public CorrConfiguration(IConfiguration configuration)
    {
        Root = configuration;
        var section = configuration.GetSection("Corr");
        DataDir = section["DataDir"] ?? DefaultDataDir;
        WriterWaitSeconds = section.GetValue("WriterWaitSeconds", 300.0);
        RejectThreshold = section.GetValue("RejectThreshold", 0.05);
        MaxFileMegabytes = section.GetValue<double?>("MaxFileMegabytes");
        _loadMemoryMegabytes = section.GetValue("LoadMemoryMegabytes", new EtlOptions("").MemoryLimitMegabytes);
        _settleSeconds = section.GetValue("Inbox:SettleSeconds", Etl.Load.EtlOptions.DefaultSettleTime.TotalSeconds);
        BudgetPassword = section["BudgetPassword"] is { Length: > 0 } password ? password : null; // JSON null arrives as ""
        Schedule = section.GetSection("Schedule").Get<ScheduleOptions>() ?? new ScheduleOptions();
        Delivery = section.GetSection("Delivery").Get<Reports.Delivery.DeliveryOptions>() ?? new Reports.Delivery.DeliveryOptions();
        Sources = section.GetSection("Sources").GetChildren().ToDictionary(c => c.Key.ToLowerInvariant(), c => c.Get<Etl.Pull.SourceOptions>() ?? new Etl.Pull.SourceOptions(), StringComparer.OrdinalIgnoreCase);
        _publication = ReadPublication(section.GetSection("Reports"), Schedule);
        ConsoleLanguageCode = (section["ConsoleLanguage"] is { Length: > 0 } language ? language : "en").Trim().ToLowerInvariant();
        // One zone for reports, the console and the scheduler. Corr:Schedule:TimeZone, its earlier
        // place, is still read when set.
        TimeZoneId = section["Schedule:TimeZone"] is { Length: > 0 } legacy ? legacy : section["TimeZone"] is { Length: > 0 } zone ? zone : DefaultTimeZoneId;
    }

    /// <summary>The time zone every time is read and printed in (Corr:TimeZone; Asia/Almaty by default).</summary>
    public string TimeZoneId { get; }

    /// <summary>The configured zone; a name this machine does not know is a clear error.</summary>
    public TimeZoneInfo TimeZone
    {
        get
        {
            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
            }
            catch (TimeZoneNotFoundException)
            {
                throw new UserFacingException("config.time_zone", TimeZoneId);
            }
        }
    }

    public string ConsoleLanguageCode { get; }

    /// <summary>The language the console speaks (Corr:ConsoleLanguage: en by default, ru or kk), whatever language a report is in.</summary>
    public Reports.ReportLanguage ConsoleLanguage => ConsoleLanguageCode is "kk" or "ru" or "en"
        ? Reports.ReportLanguage.Parse(ConsoleLanguageCode)
        : throw new UserFacingException("config.console_language", ConsoleLanguageCode);

    /// <summary>The console's messages in <see cref="ConsoleLanguage"/>.</summary>
    public Reports.Translations.Labels ConsoleLabels => _consoleLabels ??= Reports.Translations.Labels.For(ConsoleLanguage);

    private Reports.Translations.Labels? _consoleLabels;

    /// <summary>The budget workbook's sheet protection password (Corr:BudgetPassword); null for none.</summary>
    public string? BudgetPassword { get; }

    /// <summary>
    /// What the reports add beyond the figures (Corr:Reports): Contact (text, or by language kk/ru/en),
    /// SubmissionDueDay (1–28), SuppressBelow (0 off); the release days are the schedule's working days.
    /// </summary>
    public Reports.Common.PublicationOptions Publication => _publication.SubmissionDueDay is < 0 or > 28
        ? throw new UserFacingException("config.due_day", _publication.SubmissionDueDay)
        : _publication.SuppressBelow < 0 ? throw new UserFacingException("config.suppress_below", _publication.SuppressBelow) : _publication;

    private readonly Reports.Common.PublicationOptions _publication;

    private static Reports.Common.PublicationOptions ReadPublication(IConfigurationSection section, ScheduleOptions schedule)
    {
        var contact = section.GetSection("Contact");
        var releases = new Dictionary<string, int>();
        if (schedule.MonthlyReport is { Enabled: true, WorkingDay: { } monthly })
            releases["monthly"] = monthly;
        if (schedule.ProductionReport is { Enabled: true, WorkingDay: { } production })
            releases["production"] = production;
        return new()
        {
            // "Contact": "one text", or "Contact": { "kk": "…", "ru": "…", "en": "…" }
            Contact = contact.Value is { Length: > 0 } text
                ? new Dictionary<string, string> { ["default"] = text }
                : contact.GetChildren().ToDictionary(c => c.Key.ToLowerInvariant(), c => c.Value ?? ""),
            SubmissionDueDay = section.GetValue("SubmissionDueDay", 0),
            SuppressBelow = section.GetValue("SuppressBelow", 0),
            ReleaseWorkingDay = releases,
        };
    }

    /// <summary>The scheduler's jobs, triggers, time zone and retries (Corr:Schedule).</summary>
    public ScheduleOptions Schedule { get; }

    /// <summary>How a load of &lt;<paramref name="dataDir"/>&gt; runs: the reject threshold, the zone, the size cap and the memory limit configured.</summary>
    public EtlOptions EtlOptions(string dataDir) => new(dataDir)
    {
        RejectThreshold = RejectThreshold,
        MaxFileMegabytes = MaxFileMegabytes,
        MemoryLimitMegabytes = LoadMemoryMegabytes,
        SettleTime = SettleTime,
    };

    /// <summary>How long an inbox file must stay unchanged before it is taken (Corr:Inbox:SettleSeconds, 0 to 3600; default 60).</summary>
    public TimeSpan SettleTime => _settleSeconds is >= 0 and <= 3600
        ? TimeSpan.FromSeconds(_settleSeconds)
        : throw new UserFacingException("config.settle_seconds", _settleSeconds);

    private readonly double _settleSeconds;

    /// <summary>The source databases pulled by <c>corr etl pull</c> and the pull jobs (Corr:Sources:&lt;Name&gt;), by name in lower case (as CORR__SOURCES__… variables and JSON agree).</summary>
    public IReadOnlyDictionary<string, Etl.Pull.SourceOptions> Sources { get; }

    /// <summary>The relay and the recipients of the reports (Corr:Delivery); validated where it is used.</summary>
    public Reports.Delivery.DeliveryOptions Delivery { get; }

    public IConfiguration Root { get; }

    public string DataDir { get; }

    public double WriterWaitSeconds { get; }

    /// <summary>How much memory DuckDB may use while loading, in MB (Corr:LoadMemoryMegabytes); more spills to temporary files.</summary>
    public int LoadMemoryMegabytes => _loadMemoryMegabytes >= 64
        ? _loadMemoryMegabytes
        : throw new UserFacingException("config.load_memory", _loadMemoryMegabytes);

    private readonly int _loadMemoryMegabytes;

    /// <summary>One size cap in MB for every inbox file kind (Corr:MaxFileMegabytes); null keeps each kind's default.</summary>
    public double? MaxFileMegabytes { get; }

    /// <summary>Share of rejected rows above which a whole file is refused (Corr:RejectThreshold).</summary>
    public double RejectThreshold { get; }

    public static CorrConfiguration Load(string baseDirectory) =>
        new(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build());
}
