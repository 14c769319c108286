using System;
using DomainKit.Cli;

// dotnet run --project src/DomainKit.Cli [-- COMMAND ...]; 'domainkit --help' lists the commands.
return DomainKitCli.Run(args, Console.Out, Console.Error);
