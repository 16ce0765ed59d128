
#compdef modelpick

_modelpick_completion() {
  eval $(env _TYPER_COMPLETE_ARGS="${words[1,$CURRENT]}" _MODELPICK_COMPLETE=complete_zsh modelpick)
}

compdef _modelpick_completion modelpick

