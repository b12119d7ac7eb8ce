// The mutation runs (each against a target of its own) may run side by side; everything else is sequential
// unless it says otherwise. Two cores: a few runs at once keep both busy while others wait on the network.
[assembly: LevelOfParallelism(4)]
