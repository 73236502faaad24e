using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.TestSupport;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Reports.Tests.Support;

/// <summary>The hand-made warehouse, an SMTP server in the process and the delivery settings that point at it.</summary>
public sealed class DeliveryFixture : IAsyncDisposable
{
    public static readonly YearMonth October = new(2026, 10);

    private DeliveryFixture(SmtpTestServer server) => Server = server;

    public HandMadeWarehouse Warehouse { get; } = new();

    public SmtpTestServer Server { get; }

    public DeliveryOptions Options { get; private set; } = new();

    public static async Task<DeliveryFixture> Start(bool listening = true, params RecipientOptions[] recipients)
    {
        var fixture = new DeliveryFixture(await SmtpTestServer.Start(listening));
        fixture.Options = new DeliveryOptions
        {
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = fixture.Server.Port, Security = "None", From = "CorrAnalytics <corr@example.kz>", TimeoutSeconds = 10 },
            Recipients = recipients.ToList(),
            Retry = new DeliveryRetryOptions { Attempts = 3, InitialDelaySeconds = 0.05, Factor = 2, MaxDelaySeconds = 1 },
        };
        return fixture;
    }

    public static RecipientOptions Recipient(string name, string? email, string scope = "national", string[]? reports = null, string[]? languages = null, string? folder = null) =>
        new() { Name = name, Email = email, Scope = scope, Reports = reports, Languages = languages, Folder = folder };

    public IReadOnlyList<DeliveryOutcome> Deliver(bool resend = false, string? recipient = null, bool dryRun = false) =>
        new Deliverer(Warehouse.Session, Options, Warehouse.DataDir, TestClock.Running())
            .Deliver(new DeliveryRequest(October, "cli", dryRun, resend, recipient));

    /// <summary>Publishes every report the recipients take, as a delivery would, so the next delivery only sends.</summary>
    public void Publish()
    {
        foreach (var request in DeliveryItem.Plan(Options).Select(i => i.Publication(October.ToString(), "cli")).DistinctBy(r => (r.Kind, r.Scope, r.Language)))
            new Publisher(Warehouse.Session, TestClock.Running()).Publish(request,
                at => new ReportRenderer(Warehouse.Session).Write(at, request, ReportFolders.For(Warehouse.DataDir, request.Kind, request.Period)));
    }

    /// <summary>etl.deliveries, oldest first.</summary>
    public List<(long Id, long Publication, string Channel, string Address, string? MessageId, string Status, int Attempts, string? Error, string Attachments)> Deliveries() =>
        Warehouse.Session.Query(
            "select delivery_id, publication_id, channel, address, message_id, status, attempts, error, attachments from etl.deliveries order by delivery_id",
            r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5), r.GetInt32(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.GetString(8)));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Warehouse.Dispose();
    }
}
