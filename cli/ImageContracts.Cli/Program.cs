using System.Threading.Tasks;
using ImageContracts.Cli;

// imagegen: see ImagegenCommand for the commands and ExitCodes for what the process returns.
return await ImagegenCommand.RunAsync(args).ConfigureAwait(false);
