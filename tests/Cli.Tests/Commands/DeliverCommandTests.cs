using CorrAnalytics.Cli.Tests.Support;
using CorrAnalytics.TestSupport;

namespace CorrAnalytics.Cli.Tests.Commands;

/// <summary><c>corr deliver</c> as the operator runs it: settings from CORR__DELIVERY__… variables, an SMTP server in the test.</summary>
public class DeliverCommandTests(LoadedQuarter warehouse) : IClassFixture<LoadedQuarter>
{
    private const string Password = "Pa55-never-printed";

    private static Dictionary<string, string> Settings(int port, params (string Name, string Email)[] recipients)
    {
        var settings = new Dictionary<string, string>
        {
            ["CORR__DELIVERY__SMTP__HOST"] = "127.0.0.1",
            ["CORR__DELIVERY__SMTP__PORT"] = $"{port}",
            ["CORR__DELIVERY__SMTP__SECURITY"] = "None",
            ["CORR__DELIVERY__SMTP__FROM"] = "CorrAnalytics <corr@example.kz>",
            ["CORR__DELIVERY__SMTP__USER"] = "corr",
            ["CORR__DELIVERY__SMTP__PASSWORD"] = Password,
            ["CORR__DELIVERY__RETRY__INITIALDELAYSECONDS"] = "0.05",
        };
        for (var i = 0; i < recipients.Length; i++)
        {
            settings[$"CORR__DELIVERY__RECIPIENTS__{i}__NAME"] = recipients[i].Name;
            settings[$"CORR__DELIVERY__RECIPIENTS__{i}__EMAIL"] = recipients[i].Email;
            settings[$"CORR__DELIVERY__RECIPIENTS__{i}__REPORTS__0"] = "monthly";
            settings[$"CORR__DELIVERY__RECIPIENTS__{i}__LANGUAGES__0"] = "ru";
        }
        return settings;
    }

    private async Task<CorrOutcome> Corr(Dictionary<string, string> settings, params string[] args)
    {
        using var run = CorrProcess.Start(settings, [.. args, "--data", warehouse.Path]);
        var outcome = await run.Finished();
        Assert.DoesNotContain(Password, outcome.Output + outcome.Error);
        return outcome;
    }

    [Fact]
    public async Task Deliver_mails_each_recipient_once_records_a_refusal_shows_it_in_status_and_never_prints_the_password()
    {
        await using var smtp = await SmtpTestServer.Start(login: ("corr", Password));
        smtp.Refused["gone@example.kz"] = true;
        var settings = Settings(smtp.Port, ("Leader", "leader@example.kz"), ("Gone", "gone@example.kz"));

        var dry = await Corr(settings, "deliver", "--period", "2024-02", "--dry-run");
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("Dry run: nothing is rendered, sent or recorded.", dry.Output);
        Assert.Contains("2 to send, 0 sent before", dry.Output);
        Assert.Empty(smtp.Received);

        var first = await Corr(settings, "deliver", "--period", "2024-02");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("1 sent, 0 sent before, 0 failed (tried again by the next run), 1 refused", first.Output);
        Assert.Contains("550", first.Output);
        var message = Assert.Single(smtp.Received);
        Assert.Equal("leader@example.kz", message.To.Mailboxes.Single().Address);
        Assert.Contains("Февраль 2024 г.", message.Subject);

        var status = await Corr(settings, "status");
        Assert.Contains("Deliveries", status.Output);
        Assert.Contains("gone@example.kz", status.Output);
        Assert.Contains("1 delivery(ies) not through", status.Output);

        var second = await Corr(settings, "deliver", "--period", "2024-02");
        Assert.Contains("0 sent, 1 sent before", second.Output);
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_wrong_delivery_setting_is_named_and_nothing_is_sent()
    {
        var settings = Settings(25, ("Leader", "leader@example.kz"));
        settings["CORR__DELIVERY__SMTP__SECURITY"] = "Tls";

        var outcome = await Corr(settings, "deliver", "--period", "2024-02");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("corr: Corr:Delivery:Smtp:Security is 'Tls': use None, StartTls, SslOnConnect or Auto.", outcome.Error.Trim());
    }
}
