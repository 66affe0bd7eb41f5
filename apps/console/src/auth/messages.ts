import { defineMessages } from '../i18n/i18n';

export const signInMessages = defineMessages(
  {
    title: '考评系统登录',
    subtitle: '绩效考评 · 每一分都有出处',
    userId: '用户名',
    password: '密码',
    role: '以何种身份登录',
    chooseRole: '您拥有多个角色，请选择本次登录的身份',
    signIn: '登录',
    userIdRequired: '请输入用户名',
    passwordRequired: '请输入密码',
  },
  {
    title: 'Sign in to Kaoping',
    subtitle: 'Performance evaluation · every point has its source',
    userId: 'User name',
    password: 'Password',
    role: 'Act as',
    chooseRole: 'You hold several roles: choose the one to act in',
    signIn: 'Sign in',
    userIdRequired: 'Enter your user name',
    passwordRequired: 'Enter your password',
  },
);
