using IcpCompliance.Cli;

return IcpCommand.Create().Parse(args).Invoke();
