using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using MimeKit.Utils;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// One run's sending. Each item is decided by its latest row in etl.deliveries (sent or refused:
/// nothing; failed or left sending: tried again in that row, with its Message-Id). Folders are copied
/// at once; messages are queued and sent in rounds: every message waiting is tried once per round,
/// and only those that met a passing failure wait for the next, so a run waits the retry delays once,
/// not once per message, while it holds the warehouse. What the journal says went through already is
/// not sent again either, whatever etl.deliveries says (a warehouse restored from an older copy).
/// </summary>
internal sealed class DeliveryRun(
    DeliveryOptions options, DeliveryLog log, DeliveryJournal journal, ProductClock clock, Func<DeliveryItem, string> scopeName, bool resend,
    CancellationToken cancellationToken) : IDisposable
{
    private readonly List<Queued> _queued = [];
    private SmtpRelay? _relay;

    /// <summary>The outcomes known at once (sent before, refused before, folder copies); the messages wait for <see cref="SendQueued"/>.</summary>
    public List<DeliveryOutcome> Queue(IEnumerable<DeliveryItem> items, Publication publication)
    {
        var outcomes = new List<DeliveryOutcome>();
        foreach (var item in items)
        {
            var id = publication.Id!.Value;
            var latest = log.Latest(id, item);
            if (!resend && latest is { Status: DeliveryLog.Sent })
            {
                outcomes.Add(new DeliveryOutcome(item, DeliveryStatus.AlreadySent, id, At: latest.FinishedAt));
                continue;
            }
            if (!resend && latest is { Status: DeliveryLog.Refused })
            {
                outcomes.Add(new DeliveryOutcome(item, DeliveryStatus.RefusedBefore, id, At: latest.FinishedAt));
                continue;
            }
            var attachments = publication.Output.Files.Select(ReportManifest.Describe).ToList();
            if (!resend && latest is null && journal.Latest(item.Channel, item.Address, DeliveryJournal.FilesKey(attachments)) is { } journaled)
            {
                outcomes.Add(new DeliveryOutcome(item, journaled.Status == DeliveryLog.Sent ? DeliveryStatus.AlreadySent : DeliveryStatus.RefusedBefore, id, At: journaled.At));
                continue;
            }
            // A row an earlier run left failed (or sending, killed meanwhile) is tried again as itself, with its message id.
            var again = !resend && latest is not null;
            var messageId = again ? latest!.MessageId
                : item.Channel != DeliveryItem.Mail ? null
                : resend ? MimeUtils.GenerateMessageId(options.Smtp.Sender.Domain) // sent again on purpose: a message of its own
                : DeliveryJournal.MessageId(attachments, item.Address, options.Smtp.Sender.Domain);
            var delivery = again ? latest!.Id : log.Start(id, item, messageId, attachments);
            if (again)
                log.Resume(delivery);
            var queued = new Queued(item, publication, delivery, messageId, attachments);
            if (item.Channel == DeliveryItem.Mail)
            {
                queued.ScopeName = scopeName(item);
                _queued.Add(queued);
            }
            else
                outcomes.Add(Copy(queued));
        }
        return outcomes;
    }

    /// <summary>The queued messages, sent in rounds of tries.</summary>
    public List<DeliveryOutcome> SendQueued()
    {
        var outcomes = new List<DeliveryOutcome>();
        var waiting = _queued.ToList();
        string? down = null, unreachable = null;
        for (var round = 1; waiting.Count > 0 && round <= options.Retry.Attempts; round++)
        {
            if (round > 1)
                Task.Delay(options.Retry.DelayAfter(round - 1), clock, cancellationToken).GetAwaiter().GetResult();
            var next = new List<Queued>();
            foreach (var mail in waiting)
            {
                if (down is not null)
                {
                    next.Add(mail);   // the relay cannot be reached this round: the others wait for the next
                    continue;
                }
                try
                {
                    mail.Tries++;
                    (_relay ??= new SmtpRelay(options.Smtp)).Send(ReportMail.Compose(options.Smtp, mail.Item, mail.Publication, mail.ScopeName!, mail.MessageId!, clock), cancellationToken);
                    outcomes.Add(Finish(mail, DeliveryLog.Sent, null));
                }
                catch (DeliveryFailure failure) when (failure.Kind == FailureKind.Refused)
                {
                    outcomes.Add(Finish(mail, DeliveryLog.Refused, failure.Message));
                }
                catch (DeliveryFailure failure)
                {
                    mail.Error = failure.Message;
                    if (failure.Kind == FailureKind.RelayRefused)
                    {
                        // Not worth another try in this run: the relay refuses every message alike.
                        outcomes.Add(Finish(mail, DeliveryLog.Failed, failure.Message));
                        var rest = next.Concat(waiting.SkipWhile(w => w != mail).Skip(1));
                        outcomes.AddRange(rest.Select(w => Finish(w, DeliveryLog.Failed, w.Tries == 0 ? $"not tried: {failure.Message}" : failure.Message)));
                        return outcomes;
                    }
                    next.Add(mail);
                    if (failure.Kind == FailureKind.Unreachable)
                        down = unreachable = failure.Message;
                }
            }
            waiting = next;
            down = null;
        }
        outcomes.AddRange(waiting.Select(w => Finish(w, DeliveryLog.Failed, w.Tries == 0 ? $"not tried: {unreachable}" : w.Error)));
        return outcomes;
    }

    private DeliveryOutcome Copy(Queued copy)
    {
        copy.Tries = 1;
        try
        {
            FolderCopy.To(copy.Item.Address, ReportManifest.Read(copy.Publication.Output.Manifest).Period, copy.Publication.Output.Files, copy.Publication.Output.Manifest);
            return Finish(copy, DeliveryLog.Sent, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Finish(copy, DeliveryLog.Failed, e.Message);
        }
    }

    private DeliveryOutcome Finish(Queued queued, string status, string? error)
    {
        log.Finish(queued.Delivery, status, queued.Tries, error, queued.Attachments);
        if (status is DeliveryLog.Sent or DeliveryLog.Refused)
            journal.Append(new DeliveryJournal.Entry(queued.Item.Channel, queued.Item.Address, DeliveryJournal.FilesKey(queued.Attachments), status, queued.MessageId, clock.UtcDateTime, queued.Publication.Id));
        var outcome = status switch { DeliveryLog.Sent => DeliveryStatus.Sent, DeliveryLog.Refused => DeliveryStatus.Refused, _ => DeliveryStatus.Failed };
        return new DeliveryOutcome(queued.Item, outcome, queued.Publication.Id, queued.Tries, error, clock.UtcDateTime);
    }

    public void Dispose() => _relay?.Dispose();

    private sealed class Queued(DeliveryItem item, Publication publication, long delivery, string? messageId, IReadOnlyList<ManifestFile> attachments)
    {
        public DeliveryItem Item { get; } = item;
        public Publication Publication { get; } = publication;
        public long Delivery { get; } = delivery;
        public string? MessageId { get; } = messageId;
        public IReadOnlyList<ManifestFile> Attachments { get; } = attachments;
        public string? ScopeName { get; set; }
        public int Tries { get; set; }
        public string? Error { get; set; }
    }
}
