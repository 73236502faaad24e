using CorrAnalytics.Cli;

return CorrApp.Run(args, Console.Out, Console.Error);
