using CorrAnalytics.Reports.Common;
using MimeKit;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>The relay (Corr:Delivery:Smtp). Printed as host, port, security and user: never the password.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's choice by port).</summary>
    public string Security { get; set; } = "StartTls";

    public string? From { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    public double TimeoutSeconds { get; set; } = 60;

    public MailKit.Security.SecureSocketOptions SocketOptions => Security.Trim().ToLowerInvariant() switch
    {
        "none" => MailKit.Security.SecureSocketOptions.None,
        "starttls" => MailKit.Security.SecureSocketOptions.StartTls,
        "sslonconnect" => MailKit.Security.SecureSocketOptions.SslOnConnect,
        "auto" => MailKit.Security.SecureSocketOptions.Auto,
        _ => throw new ReportDataException("delivery.config.security", Security),
    };

    public MailboxAddress Sender => MailboxAddress.Parse(From ?? "");

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
            throw new ReportDataException("delivery.config.host");
        if (Port is < 1 or > 65535)
            throw new ReportDataException("delivery.config.port", Port);
        _ = SocketOptions;
        if (string.IsNullOrWhiteSpace(From) || !MailboxAddress.TryParse(From, out _))
            throw new ReportDataException("delivery.config.from", From ?? "");
        if (!string.IsNullOrEmpty(Password) && string.IsNullOrEmpty(User))
            throw new ReportDataException("delivery.config.password_without_user");
        if (TimeoutSeconds <= 0)
            throw new ReportDataException("delivery.config.timeout", TimeoutSeconds);
    }

    public override string ToString() => $"{Host}:{Port} ({Security}){(string.IsNullOrEmpty(User) ? "" : $", {User}")}";
}
