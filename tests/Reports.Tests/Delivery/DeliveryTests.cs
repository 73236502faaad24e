using System.Security.Cryptography;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Delivery;
using CorrAnalytics.Reports.Tests.Support;
using MimeKit;
using static CorrAnalytics.Reports.Tests.Support.DeliveryFixture;

namespace CorrAnalytics.Reports.Tests.Delivery;

/// <summary>Delivery of October 2026 on the hand-made warehouse to an SMTP server running in the test.</summary>
public class DeliveryTests
{
    private static readonly RecipientOptions Leader = Recipient("Leader", "leader@example.kz", languages: ["kk", "ru"]);
    private static readonly RecipientOptions Akmola = Recipient("Head of Akmola", "akmola@example.kz", "D-11", ["monthly"], ["ru"]);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static Dictionary<string, byte[]> Attachments(MimeMessage message) =>
        message.Attachments.OfType<MimePart>().ToDictionary(p => p.FileName!, p =>
        {
            using var stream = new MemoryStream();
            p.Content!.DecodeTo(stream);
            return stream.ToArray();
        });

    private static IEnumerable<(string To, string? Subject)> Keys(IEnumerable<MimeMessage> messages) =>
        messages.Select(m => (m.To.Mailboxes.Single().Address, m.Subject));

    [Fact]
    public async Task Each_recipient_gets_one_message_per_report_and_language_with_the_published_files_attached()
    {
        await using var f = await Start(true, Leader, Akmola);

        var outcomes = f.Deliver();

        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Sent, o.Status));
        Assert.Equal(2 * 2 + 1, outcomes.Count);                                   // leader: monthly and production in kk and ru; Akmola: monthly in ru
        var received = f.Server.Received;
        Assert.Equal(5, received.Count);
        Assert.Equal(4, received.Count(m => m.To.Mailboxes.Single().Address == "leader@example.kz"));
        var akmola = received.Single(m => m.To.Mailboxes.Single().Address == "akmola@example.kz");
        Assert.Contains("Октябрь 2026 г.", akmola.Subject);
        Assert.Contains(f.Warehouse.Session.Scalar<string>("select name_ru from core.dim_department where department_code = 'D-11'")!, akmola.Subject);
        Assert.Contains(received, m => m.Subject!.Contains("2026 жылғы қазан") && m.Subject.Contains("Қазақстан Республикасы"));

        var deliveries = f.Deliveries();
        foreach (var message in received)
        {
            var publication = long.Parse(message.Headers["X-Corr-Publication"]!);
            var (manifestScope, files) = f.Warehouse.Session.Query("select scope, files from etl.publications where publication_id = $1",
                r => (r.GetString(0), ManifestFile.ListFromJson(r.GetString(1))), publication).Single();
            var attached = Attachments(message);
            Assert.Equal(files.Select(x => x.Name).Order(), attached.Keys.Order());
            Assert.Contains(attached.Keys, n => n.EndsWith(".pdf")); Assert.Contains(attached.Keys, n => n.EndsWith(".xlsx"));
            foreach (var file in files)
            {
                Assert.Equal(file.Sha256, Sha256(attached[file.Name]));
                var kind = file.Name.Split('_')[0];
                var onDisk = Path.Combine(ReportFolders.For(f.Warehouse.DataDir, kind, "2026-10"), file.Name);
                Assert.Equal(File.ReadAllBytes(onDisk), attached[file.Name]);
                Assert.Contains(file.Sha256, message.TextBody);
            }
            var manifest = Directory.GetFiles(Path.GetDirectoryName(Path.Combine(ReportFolders.For(f.Warehouse.DataDir, files[0].Name.Split('_')[0], "2026-10"), "x"))!, "manifest*.json")
                .Select(ReportManifest.Read).Single(m => m.PublicationId == publication);
            Assert.Equal(manifest.Files.Select(x => (x.Name, x.Sha256)), files.Select(x => (x.Name, x.Sha256)));
            Assert.Equal(manifestScope == "national" ? null : "D-11", manifestScope == "national" ? null : manifest.Scope);
            Assert.Contains($"{publication}", message.TextBody);
            Assert.Contains($"{manifest.DataVersionBatch}", message.TextBody);

            var row = Assert.Single(deliveries, d => d.MessageId == message.MessageId);
            Assert.Equal(("mail", "sent", 1, publication), (row.Channel, row.Status, row.Attempts, row.Publication));
            Assert.Equal(message.To.Mailboxes.Single().Address, row.Address);
        }
    }

    [Fact]
    public async Task A_second_run_sends_nothing_and_renders_nothing()
    {
        await using var f = await Start(true, Leader);
        f.Deliver();
        var pdf = Directory.GetFiles(ReportFolders.For(f.Warehouse.DataDir, "monthly", "2026-10"), "*.pdf").First();
        var written = File.GetLastWriteTimeUtc(pdf);

        var again = f.Deliver();

        Assert.All(again, o => Assert.Equal(DeliveryStatus.AlreadySent, o.Status));
        Assert.Equal(4, f.Server.Received.Count);
        Assert.Equal(4, f.Deliveries().Count);
        Assert.Equal(written, File.GetLastWriteTimeUtc(pdf));
    }

    [Fact]
    [Trait("Category", "RealTime")] // the relay comes back after a second of real time, while the retries wait
    public async Task Messages_are_tried_again_while_the_relay_is_down_and_each_arrives_once_when_it_is_back()
    {
        await using var f = await Start(false, Akmola);
        f.Options.Retry = new DeliveryRetryOptions { Attempts = 8, InitialDelaySeconds = 0.2, Factor = 2, MaxDelaySeconds = 2 };
        f.Publish();                                                                // rendered beforehand, so the first try meets the relay down
        var back = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => f.Server.Listen()).Unwrap();

        var outcome = Assert.Single(f.Deliver());
        await back;

        Assert.Equal(DeliveryStatus.Sent, outcome.Status);
        Assert.True(outcome.Attempts > 1, $"sent at the first try ({outcome.Attempts}) although the relay was down");
        Assert.Single(f.Server.Received);
        Assert.Equal(outcome.Attempts, f.Deliveries().Single().Attempts);
    }

    [Fact]
    public async Task A_relay_down_for_every_try_leaves_the_messages_failed_and_the_next_run_delivers_each_once()
    {
        await using var f = await Start(false, Leader);

        var down = f.Deliver();

        Assert.All(down, o => Assert.Equal(DeliveryStatus.Failed, o.Status));
        Assert.Equal(f.Options.Retry.Attempts, down[0].Attempts);                  // the first message used its tries
        Assert.Contains("no connection to 127.0.0.1", down[0].Error);
        Assert.All(down.Skip(1), o => Assert.Equal(0, o.Attempts));                // the others were not tried against a relay known down
        var failed = f.Deliveries();
        Assert.All(failed, d => Assert.Equal("failed", d.Status));

        await f.Server.Listen();
        var up = f.Deliver();

        Assert.All(up, o => Assert.Equal(DeliveryStatus.Sent, o.Status));
        Assert.Equal(4, f.Server.Received.Count);
        Assert.Equal(4, Keys(f.Server.Received).Distinct().Count());
        var sent = f.Deliveries();
        Assert.Equal(failed.Select(d => (d.Id, d.MessageId)), sent.Select(d => (d.Id, d.MessageId)));   // the same rows, the same message ids
        Assert.Equal(failed.Select(d => d.MessageId).Order(), f.Server.Received.Select(m => m.MessageId).Order());
        Assert.All(f.Deliver(), o => Assert.Equal(DeliveryStatus.AlreadySent, o.Status));
        Assert.Equal(4, f.Server.Received.Count);
    }

    [Fact]
    public async Task A_busy_answer_is_tried_again_after_a_wait()
    {
        await using var f = await Start(true, Akmola);
        f.Server.AnswerBusy(2);

        var outcome = Assert.Single(f.Deliver());

        Assert.Equal((DeliveryStatus.Sent, 3), (outcome.Status, outcome.Attempts));
        Assert.Single(f.Server.Received);
    }

    [Fact]
    public async Task Messages_a_busy_relay_turns_away_are_tried_again_together_in_the_next_round()
    {
        await using var f = await Start(true, Leader);
        f.Server.AnswerBusy(4);                                                     // each of the four messages answered 451 once

        var outcomes = f.Deliver();

        Assert.All(outcomes, o => Assert.Equal((DeliveryStatus.Sent, 2), (o.Status, o.Attempts)));   // one wait for all, not one per message
        Assert.Equal(4, f.Server.Received.Count);
        Assert.Equal(4, Keys(f.Server.Received).Distinct().Count());
    }

    [Fact]
    public async Task A_refused_recipient_is_recorded_and_not_tried_again_and_the_others_still_get_theirs()
    {
        var gone = Recipient("Former head", "gone@example.kz", "D-11", ["monthly"], ["ru"]);
        await using var f = await Start(true, gone, Akmola);
        f.Server.Refused["gone@example.kz"] = true;

        var outcomes = f.Deliver();

        var refused = Assert.Single(outcomes, o => o.Item.Recipient == gone);
        Assert.Equal((DeliveryStatus.Refused, 1), (refused.Status, refused.Attempts));
        Assert.StartsWith("550", refused.Error);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(outcomes, o => o.Item.Recipient == Akmola).Status);
        Assert.Equal("akmola@example.kz", Assert.Single(f.Server.Received).To.Mailboxes.Single().Address);
        Assert.Contains(f.Deliveries(), d => d is { Address: "gone@example.kz", Status: "refused" } && d.Error!.StartsWith("550"));

        Assert.Equal(DeliveryStatus.RefusedBefore, f.Deliver().Single(o => o.Item.Recipient == gone).Status);
        Assert.Single(f.Server.Received);
    }

    [Fact]
    public async Task Resend_sends_again_under_a_new_message_id_in_a_new_row()
    {
        await using var f = await Start(true, Akmola);
        f.Deliver();

        var again = Assert.Single(f.Deliver(resend: true));

        Assert.Equal(DeliveryStatus.Sent, again.Status);
        Assert.Equal(2, f.Server.Received.Count);
        Assert.Equal(2, f.Server.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(2, f.Deliveries().Count);
    }

    [Fact]
    public async Task A_message_left_sending_by_a_killed_run_goes_again_under_the_same_message_id_in_the_same_row()
    {
        await using var f = await Start(true, Akmola);
        f.Deliver();
        f.Warehouse.Session.Execute("update etl.deliveries set status = 'sending', finished_at = null");   // killed after the relay took it, before the row said so

        var again = Assert.Single(f.Deliver());

        Assert.Equal(DeliveryStatus.Sent, again.Status);
        Assert.Equal(2, f.Server.Received.Count);
        Assert.Single(f.Server.Received.Select(m => m.MessageId).Distinct());     // one message to a mail client, which keys on Message-Id
        Assert.Equal(("sent", 2), f.Deliveries().Select(d => (d.Status, d.Attempts)).Single());
    }

    [Fact]
    public async Task A_folder_recipient_gets_the_files_and_manifest_copied_into_the_periods_folder()
    {
        var share = Directory.CreateTempSubdirectory("corr-share-").FullName;
        try
        {
            await using var f = await Start(true, Recipient("Archive", null, "D-71", ["monthly"], ["kk"], share));

            var outcome = Assert.Single(f.Deliver());

            Assert.Equal(DeliveryStatus.Sent, outcome.Status);
            Assert.Empty(f.Server.Received);
            var source = ReportFolders.For(f.Warehouse.DataDir, "monthly", "2026-10");
            var copied = Directory.GetFiles(Path.Combine(share, "2026-10")).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(["manifest_2026-10_D-71_kk.json", "monthly_2026-10_D-71_kk.pdf", "monthly_2026-10_D-71_kk.xlsx"], copied);
            foreach (var name in copied)
                Assert.Equal(File.ReadAllBytes(Path.Combine(source, name!)), File.ReadAllBytes(Path.Combine(share, "2026-10", name!)));
            Assert.Equal(("folder", Path.GetFullPath(share), "sent"), f.Deliveries().Select(d => (d.Channel, d.Address, d.Status)).Single());
        }
        finally
        {
            Directory.Delete(share, recursive: true);
        }
    }

    [Fact]
    public async Task A_department_with_no_facility_has_no_report_and_the_others_are_still_delivered()
    {
        await using var f = await Start(true, Recipient("Ulytau", "ulytau@example.kz", "D-35", ["monthly"], ["kk"]), Akmola);

        var outcomes = f.Deliver();

        var none = Assert.Single(outcomes, o => o.Item.Scope == "D-35");
        Assert.Equal(DeliveryStatus.NoReport, none.Status);
        Assert.IsType<ReportDataException>(none.Problem);
        Assert.Equal("akmola@example.kz", Assert.Single(f.Server.Received).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_dry_run_says_who_would_get_what_and_sends_renders_and_records_nothing()
    {
        await using var f = await Start(true, Leader, Akmola);

        var planned = f.Deliver(dryRun: true);

        Assert.Equal(5, planned.Count);
        Assert.All(planned, o => Assert.Equal((DeliveryStatus.WouldSend, (long?)null), (o.Status, o.PublicationId)));
        Assert.Empty(f.Server.Received);
        Assert.Empty(f.Deliveries());
        Assert.Equal(0, f.Warehouse.Session.Scalar<long>("select count(*) from etl.publications"));
        Assert.False(Directory.Exists(ReportFolders.For(f.Warehouse.DataDir, "monthly", "2026-10")));

        f.Deliver(recipient: "akmola@example.kz");
        var after = f.Deliver(dryRun: true);
        Assert.Equal(DeliveryStatus.AlreadySent, Assert.Single(after, o => o.Item.Recipient == Akmola).Status);
        Assert.Equal(4, after.Count(o => o.Status == DeliveryStatus.WouldSend));
    }

    [Fact]
    public async Task A_relay_that_refuses_the_login_fails_every_message_without_the_password_and_the_next_run_tries_again()
    {
        const string password = "Very-Secret-Pa55";
        await using var f = await Start(true, Leader);
        f.Options.Smtp.User = "corr";
        f.Options.Smtp.Password = password;

        var outcomes = f.Deliver();

        Assert.All(outcomes, o => Assert.Equal(DeliveryStatus.Failed, o.Status));
        Assert.Equal(1, outcomes[0].Attempts);                                      // a refusal of the relay is not tried again in the run
        Assert.All(f.Deliveries(), d => Assert.DoesNotContain(password, d.Error));
        Assert.DoesNotContain(password, f.Options.Smtp.ToString());
        f.Options.Smtp.User = f.Options.Smtp.Password = null;
        Assert.All(f.Deliver(), o => Assert.Equal(DeliveryStatus.Sent, o.Status));
    }

    [Theory]
    [InlineData("leader@", "Corr:Delivery:Recipients:0:Email 'leader@' is not an e-mail address.")]
    [InlineData(null, "Corr:Delivery:Recipients:0 (Leader) has neither an Email nor a Folder: give one or both.")]
    public void A_wrong_recipient_is_named_with_its_setting(string? email, string message)
    {
        var options = new DeliveryOptions { Recipients = [Recipient("Leader", email)] };
        Assert.Equal(message, Assert.Throws<ReportDataException>(() => options.Validate()).Message);
    }
}
