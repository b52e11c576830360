import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  logo: {
    color: '#ffffff',
    fontSize: 26,
    fontWeight: 700,
    letterSpacing: 1,
    whiteSpace: 'nowrap',
  },
  light: { color: '#fca311' },
});

/** The wordmark: a runway's approach light (amber bar) before the name. */
export const LogoFull = () => {
  const classes = useStyles();
  return (
    <span className={classes.logo}>
      <span className={classes.light}>▍</span>Runway
    </span>
  );
};
