using IcpCompliance.Cli;

return IcpCommand.Run(args);
