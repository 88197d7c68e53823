"""Rule families behind transforms.actors.find_actors, one module each."""
