using Depesche.Cli;

return Cli.Run(args, CliContext.FromConsole());
