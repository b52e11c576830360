import { makeStyles } from '@material-ui/core';

const useStyles = makeStyles({
  icon: { color: '#fca311', fontSize: 28, fontWeight: 700 },
});

export const LogoIcon = () => {
  const classes = useStyles();
  return <span className={classes.icon}>R</span>;
};
