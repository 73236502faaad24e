using CorrAnalytics.Reports.Common;
using CorrAnalytics.Reports.Publications;
using CorrAnalytics.Reports.Translations;
using CorrAnalytics.Warehouse.Time;
using MimeKit;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// The message that carries a publication to a recipient, in the report's language: the subject names
/// the report, scope and month; the body the period, scope, data version, publication and each
/// file's SHA-256; the PDF and the workbook attached as they were published.
/// </summary>
public static class ReportMail
{
    public static MimeMessage Compose(SmtpOptions smtp, DeliveryItem item, Publication publication, string scopeName, string messageId, ProductClock clock)
    {
        var l = Labels.For(item.Language);
        var period = YearMonth.Parse(ReportManifest.Read(publication.Output.Manifest).Period);
        var title = l[item.Kind == "monthly" ? "title.monthly" : "production.title"];
        var month = MonthTitle.Of(period, item.Language);
        var generated = clock.ToLocal(publication.GeneratedAt);
        var files = publication.Output.Files.Select(ReportManifest.Describe).ToList();

        var body = new TextPart("plain")
        {
            Text = l.Format("delivery.body", title, month, scopeName, publication.DataVersion, publication.Id, $"{generated:yyyy-MM-dd HH:mm}", clock.Zone.Id)
                + Environment.NewLine
                + string.Join(Environment.NewLine, files.Select(f => $"  {f.Name}  SHA-256 {f.Sha256}"))
                + Environment.NewLine + Environment.NewLine + l["delivery.footer"] + Environment.NewLine,
        };
        var multipart = new Multipart("mixed") { body };
        foreach (var path in publication.Output.Files)
            multipart.Add(new MimePart(MimeTypes.GetMimeType(path))
            {
                Content = new MimeContent(new MemoryStream(File.ReadAllBytes(path))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = Path.GetFileName(path),
            });

        var message = new MimeMessage
        {
            Subject = l.Format("delivery.subject", title, scopeName, month),
            MessageId = messageId,
            Date = clock.LocalNow,
            Body = multipart,
        };
        message.From.Add(smtp.Sender);
        message.To.Add(item.Recipient.Mailbox);
        message.Headers.Add("X-Corr-Publication", $"{publication.Id}");
        message.Headers.Add("X-Corr-Data-Version", $"{publication.DataVersion}");
        return message;
    }
}
