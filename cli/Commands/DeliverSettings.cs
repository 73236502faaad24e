using System.ComponentModel;
using CorrAnalytics.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CorrAnalytics.Cli.Commands;

public sealed class DeliverSettings : CorrSettings
{
    [CommandOption("--period <YYYY-MM>")]
    [Description("The month whose reports to deliver, e.g. 2026-10.")]
    public string? Period { get; init; }

    [CommandOption("--dry-run")]
    [Description("Say who would get what (and what was sent already); render, send and record nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--resend")]
    [Description("Send again what was sent already (or refused), as new messages.")]
    public bool Resend { get; init; }

    [CommandOption("--recipient <NAME|EMAIL>")]
    [Description("Only this recipient, by its configured name or address.")]
    public string? Recipient { get; init; }

    [CommandOption("--report <KIND>")]
    [Description("Only monthly or only production. Default: every report a recipient takes.")]
    public string? Report { get; init => field = value?.Trim().ToLowerInvariant(); }

    public override ValidationResult Validate()
    {
        MonthOption.Check(Period);
        return Report is null || Reports.Delivery.DeliveryOptions.Deliverable.Contains(Report)
            ? ValidationResult.Success()
            : UsageException.Fails("usage.deliver_report", Report, string.Join(", ", Reports.Delivery.DeliveryOptions.Deliverable));
    }
}
